# language: vi
@R26
Tính năng: Phiếu đánh giá theo từng tiêu chí của bộ sản phẩm
  Hội đồng cấp tỉnh chấm trên bộ tiêu chí kiêm phiếu đánh giá của bộ sản phẩm (Phụ lục II): mỗi tiêu chí nhận điểm
  của một phương án; tiêu chí in không có phương án nhận điểm từ 0 đến tối đa (tối đa hai chữ số thập phân). Điểm
  phần A (tối đa 40), B (25), C (35) và tổng điểm được tính từ các tiêu chí. Phiếu chấm theo phần A, B, C của
  Quyết định 148 không dùng cho quy trình này. Thành viên chấm lại bằng phiếu mới; phiếu mới nhất được tính.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá

  @QD26_PL2
  Khung kịch bản: Phiếu chấm đủ các tiêu chí của bộ sản phẩm, tổng điểm tính từ các tiêu chí
    Khi thành viên thứ 1 của hội đồng cấp tỉnh chấm <điểm> điểm
    Thì lịch sử ghi phiếu chấm điểm lần 1 của thành viên thứ 1 của hội đồng cấp tỉnh với tổng <điểm> điểm
    Và phiếu đánh giá của thành viên thứ 1 của hội đồng cấp tỉnh chấm đủ các tiêu chí của bộ sản phẩm 08

    Dữ liệu:
      | điểm  |
      | 16    |
      | 72,5  |
      | 100   |

  @QD26_PL2
  Kịch bản: Điểm phần A, B, C được tính từ các tiêu chí
    Khi thành viên thứ 1 của hội đồng cấp tỉnh chấm 100 điểm
    Thì lịch sử ghi phiếu đánh giá của thành viên thứ 1 của hội đồng cấp tỉnh với phần A 40, phần B 25, phần C 35

  @QD26_PL2
  Khung kịch bản: Phiếu thiếu tiêu chí, chấm sai phương án hoặc thêm tiêu chí lạ thì bị từ chối
    Khi thành viên thứ 1 của hội đồng cấp tỉnh nộp phiếu đánh giá 70 điểm <sai>
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "criteria.<tiêu chí>"
    Và kiểm toán viên tỉnh Nam Định thấy 0 phiếu chấm điểm trong lịch sử hồ sơ "Giò lụa Mỹ Hà"

    Dữ liệu:
      | sai                               | tiêu chí |
      | bỏ trống tiêu chí 1.1             | 1.1      |
      | với tiêu chí 2.1 chấm 2,5 điểm    | 2.1      |
      | với tiêu chí 4.1 chấm 4 điểm      | 4.1      |
      | với tiêu chí 2.4 chấm 1,5 điểm    | 2.4      |
      | với tiêu chí 2.4 chấm 0,125 điểm  | 2.4      |
      | có thêm tiêu chí 12               | 12       |

  @QD26_PL2
  Kịch bản: Phiếu chấm theo phần A, B, C không dùng cho quy trình ocop-2026
    Khi thành viên thứ 1 của hội đồng cấp tỉnh nộp phiếu chấm điểm với phần A 30, phần B 20, phần C 25
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "parts" và "criteria"

  @QD26_PL2
  Kịch bản: Thành viên chấm lại, phiếu mới nhất được tính
    Khi các thành viên hội đồng cấp tỉnh chấm lần lượt 60; 70; 70 điểm
    Và thành viên thứ 1 của hội đồng cấp tỉnh chấm lại 68 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp tỉnh là 69,33 điểm, hạng 3 sao, tính trên 3 phiếu
    Và lịch sử ghi phiếu chấm điểm lần 2 của thành viên thứ 1 của hội đồng cấp tỉnh với tổng 68 điểm

  Quy tắc: Chỉ thành viên của hội đồng cấp tỉnh đang chấm hồ sơ được nộp phiếu

    @QD26_D7
    Kịch bản: Người có vai trò thành viên hội đồng nhưng không có tên trong hội đồng cấp tỉnh
      Khi người có vai trò thành viên hội đồng ở tỉnh Nam Định nhưng không có tên trong hội đồng chấm 70 điểm
      Thì thao tác bị từ chối với lý do "council_member"

    @QD26_D7
    Khung kịch bản: Hội đồng cấp huyện, cấp Trung ương không chấm hồ sơ đang ở cấp tỉnh
      Khi <người> chấm 70 điểm cho hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

      Dữ liệu:
        | người                                       |
        | thành viên thứ 1 của hội đồng cấp Trung ương |
        | thành viên thứ 1 của hội đồng cấp huyện      |

    @QD26_D7
    Kịch bản: Hội đồng của tỉnh khác không thấy hồ sơ
      Khi thành viên hội đồng quận Ba Đình chấm 70 điểm cho hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    @QD26_D7
    Kịch bản: Cơ quan tham mưu OCOP tỉnh không chấm điểm
      Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định chấm 70 điểm cho hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền
