# language: vi
@R26
Tính năng: Cơ quan tham mưu OCOP tỉnh trả lại hồ sơ để hoàn thiện
  Khi kiểm tra hồ sơ do UBND xã đề nghị, trường hợp cần thiết cơ quan tham mưu OCOP tỉnh thông báo, hướng dẫn UBND
  xã và chủ thể hoàn thiện hồ sơ, với lý do. Xã gửi lại hồ sơ đã hoàn thiện; hồ sơ đã tiếp nhận vào đợt đánh giá
  thì không trả lại được nữa.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá

  @QD26_D7
  Kịch bản: Trả lại hồ sơ với lý do, xã nhận lại để hoàn thiện
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Thiếu phiếu kết quả kiểm nghiệm"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Trả lại để hoàn thiện"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Thiếu phiếu kết quả kiểm nghiệm" cho thao tác "Thông báo, hướng dẫn hoàn thiện hồ sơ"
    Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của cán bộ xã Mỹ Hà

  @QD26_D7
  Kịch bản: Trả lại hồ sơ phải nêu lý do
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện
    Thì thao tác bị từ chối vì thiếu lý do

  @QD26_D7
  Kịch bản: Xã gửi lại hồ sơ đã hoàn thiện
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Thiếu Mẫu số 02"
    Và cán bộ xã Mỹ Hà nộp lại hồ sơ "Giò lụa Mỹ Hà" đã hoàn thiện
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "UBND xã đã đánh giá, đề nghị cấp tỉnh"
    Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của cán bộ cơ quan tham mưu OCOP tỉnh Nam Định

  @QD26_D7
  Kịch bản: Cán bộ xã không tự trả lại hồ sơ
    Khi cán bộ xã Mỹ Hà trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Tự bổ sung"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

  @assumption
  Kịch bản: Hồ sơ đã tiếp nhận vào đợt đánh giá thì không trả lại để hoàn thiện
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Giò lụa Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Thiếu hồ sơ"
    Thì thao tác không thực hiện được ở trạng thái hiện tại
