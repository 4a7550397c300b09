# language: vi
@R26
Tính năng: UBND xã đánh giá hồ sơ và đề nghị cấp tỉnh
  UBND xã kiểm tra thành phần hồ sơ, đánh giá bốn nội dung (nguồn gốc sản phẩm và nguyên liệu địa phương, lao động
  địa phương, nguồn gốc ý tưởng sản phẩm, bản sắc và trí tuệ địa phương) trong Báo cáo Mẫu số 03 và có văn bản đề
  nghị UBND cấp tỉnh; UBND xã không chấm điểm. Hồ sơ đề nghị kèm 05 sản phẩm mẫu (tham số "samples_required"),
  trừ sản phẩm dịch vụ du lịch (bộ 26), không gửi mẫu.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký

  @QD26_D7
  Kịch bản: Cán bộ xã gửi báo cáo đánh giá và văn bản đề nghị, hồ sơ chuyển lên cơ quan tham mưu OCOP tỉnh
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "UBND xã đã đánh giá, đề nghị cấp tỉnh"
    Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của cán bộ cơ quan tham mưu OCOP tỉnh Nam Định
    Và hồ sơ "Giò lụa Mỹ Hà" không có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp tỉnh

  @QD26_D7
  Khung kịch bản: Thiếu một trong bốn nội dung hoặc văn bản đề nghị thì không gửi được
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà" nhưng bỏ trống nội dung "<nội dung>"
    Thì thao tác bị từ chối vì thiếu nội dung "<nội dung>"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Đã đăng ký"

    Dữ liệu:
      | nội dung                                           |
      | Nguồn gốc sản phẩm, nguyên liệu địa phương         |
      | Sử dụng lao động địa phương                        |
      | Nguồn gốc ý tưởng sản phẩm                         |
      | Bản sắc, trí tuệ địa phương                        |
      | Văn bản của UBND cấp xã đề nghị UBND cấp tỉnh (số) |

  @QD26_D7
  Kịch bản: UBND xã không chấm điểm sản phẩm
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà" kèm theo 80 điểm
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "points"

  @QD26_D6
  Khung kịch bản: Hồ sơ đề nghị phải kèm đủ 05 sản phẩm mẫu
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà" <mẫu>
    Thì <kết quả>

    Dữ liệu:
      | mẫu                       | kết quả                                                                                   |
      | không kèm sản phẩm mẫu    | thao tác bị từ chối với lý do "samples"                                                   |
      | kèm theo 4 sản phẩm mẫu   | thao tác bị từ chối với lý do "samples"                                                   |
      | kèm theo 5 sản phẩm mẫu   | hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "UBND xã đã đánh giá, đề nghị cấp tỉnh"                |
      | kèm theo 6 sản phẩm mẫu   | hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "UBND xã đã đánh giá, đề nghị cấp tỉnh"                |

  @QD26_D6
  Khung kịch bản: Sản phẩm dịch vụ du lịch không gửi sản phẩm mẫu
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Du lịch làng nghề Mỹ Hà" với thông tin:
      | chủ thể     | hội |
      | bộ sản phẩm | 26  |
    Và cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Du lịch làng nghề Mỹ Hà" <mẫu>
    Thì <kết quả>

    Dữ liệu:
      | mẫu                     | kết quả                                                                                    |
      | kèm theo 5 sản phẩm mẫu | thao tác bị từ chối với lý do "samples_tourism"                                            |
      | không kèm sản phẩm mẫu  | hồ sơ "Du lịch làng nghề Mỹ Hà" ở trạng thái "UBND xã đã đánh giá, đề nghị cấp tỉnh"       |

  @QD26_D7
  Khung kịch bản: Chỉ cán bộ xã gửi báo cáo đánh giá của UBND xã
    Khi <người> gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    Dữ liệu:
      | người                                      |
      | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | cán bộ Phòng NN&PTNT huyện Mỹ Lộc          |

  @QD26_D7
  Khung kịch bản: Cán bộ xã khác không thấy hồ sơ của xã Mỹ Hà
    Khi <người> gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    Dữ liệu:
      | người                 |
      | cán bộ xã Mỹ Tân      |
      | cán bộ phường Phúc Xá |
