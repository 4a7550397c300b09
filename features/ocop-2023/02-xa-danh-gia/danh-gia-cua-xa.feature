# language: vi
@R148
Tính năng: UBND xã đánh giá hồ sơ và gửi lên huyện
  UBND xã đánh giá bốn nội dung bằng lời (nguồn gốc và nguyên liệu địa phương, lao động địa phương, nguồn gốc
  ý tưởng sản phẩm, bản sắc và trí tuệ địa phương); cả bốn nội dung là bắt buộc; UBND xã không chấm điểm.
  Sau khi xã gửi, hội đồng cấp huyện chấm điểm.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký

  @QD148_PL2
  Kịch bản: Cán bộ xã gửi báo cáo đánh giá bốn nội dung, hồ sơ chuyển lên hội đồng cấp huyện
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "UBND xã đã đánh giá"
    Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp huyện
    Và hồ sơ "Giò lụa Mỹ Hà" không có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp tỉnh

  @QD148_PL2
  Khung kịch bản: Thiếu một trong bốn nội dung thì không gửi được
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà" nhưng bỏ trống nội dung "<nội dung>"
    Thì thao tác bị từ chối vì thiếu nội dung "<nội dung>"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Đã đăng ký"

    Dữ liệu:
      | nội dung                                    |
      | Nguồn gốc ý tưởng và nguyên liệu địa phương |
      | Sử dụng lao động địa phương                 |
      | Nguồn gốc ý tưởng sản phẩm                  |
      | Bản sắc, trí tuệ địa phương                 |

  @QD148_PL2
  Kịch bản: UBND xã không chấm điểm sản phẩm
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà" kèm theo 80 điểm
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "points"

  @QD148_PL2
  Kịch bản: Chỉ cán bộ xã gửi báo cáo đánh giá của UBND xã
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

  @QD148_PL2
  Khung kịch bản: Cán bộ xã khác không thấy hồ sơ của xã Mỹ Hà
    Khi <người> gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    Dữ liệu:
      | người                 |
      | cán bộ xã Mỹ Tân      |
      | cán bộ phường Phúc Xá |
