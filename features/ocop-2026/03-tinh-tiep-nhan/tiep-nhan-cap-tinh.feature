# language: vi
@R26
Tính năng: Cơ quan tham mưu OCOP tỉnh tiếp nhận hồ sơ và Tổ tư vấn đánh giá
  Cơ quan tham mưu quản lý OCOP cấp tỉnh tiếp nhận, kiểm tra hồ sơ do UBND xã đề nghị và xếp hồ sơ vào đợt đánh
  giá cấp tỉnh. Tổ tư vấn đánh giá hồ sơ, khảo sát thực tế, có thể đề nghị bổ sung kết quả kiểm nghiệm; báo cáo
  của Tổ tư vấn được ghi nhận trước khi Hội đồng cấp tỉnh chấm điểm.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá

  @QD26_D7
  Kịch bản: Tiếp nhận hồ sơ, ghi nhận báo cáo Tổ tư vấn, hội đồng cấp tỉnh bắt đầu chấm điểm
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Giò lụa Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Cấp tỉnh đã tiếp nhận hồ sơ"
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Tổ tư vấn đã đánh giá"
    Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp tỉnh
    Và hồ sơ "Giò lụa Mỹ Hà" không có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp Trung ương

  @QD26_D7
  Kịch bản: Tổ tư vấn đề nghị bổ sung kết quả kiểm nghiệm
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Giò lụa Mỹ Hà" kèm đề nghị bổ sung kiểm nghiệm "Kiểm nghiệm chỉ tiêu vi sinh"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Tổ tư vấn đã đánh giá"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi đề nghị bổ sung kiểm nghiệm "Kiểm nghiệm chỉ tiêu vi sinh"

  @QD26_D7
  Kịch bản: Báo cáo của Tổ tư vấn là bắt buộc
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Giò lụa Mỹ Hà" nhưng bỏ trống báo cáo
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "report"

  @QD26_D7
  Kịch bản: Hội đồng cấp tỉnh chưa chấm điểm khi Tổ tư vấn chưa đánh giá
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
    Khi thành viên thứ 1 của hội đồng cấp tỉnh chấm 70 điểm cho hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác không thực hiện được ở trạng thái hiện tại

  @QD26_D7
  Khung kịch bản: Chỉ cơ quan tham mưu OCOP tỉnh tiếp nhận hồ sơ
    Khi <người> tiếp nhận hồ sơ "Giò lụa Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    Dữ liệu:
      | người                                      |
      | Chủ tịch UBND tỉnh Nam Định                |
      | cán bộ xã Mỹ Hà                            |
      | cán bộ Văn phòng Điều phối NTM Trung ương  |
      | thành viên thứ 1 của hội đồng cấp tỉnh     |

  @QD26_D7
  Kịch bản: Cơ quan tham mưu OCOP của tỉnh khác không thấy hồ sơ
    Khi cán bộ cơ quan tham mưu OCOP thành phố Hà Nội tiếp nhận hồ sơ "Giò lụa Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

  @QD26_D7
  Kịch bản: Hồ sơ chưa được UBND xã đánh giá thì cấp tỉnh chưa tiếp nhận
    Cho hồ sơ "Chả quế Mỹ Hà" đã được đăng ký
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Chả quế Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Thì thao tác không thực hiện được ở trạng thái hiện tại
