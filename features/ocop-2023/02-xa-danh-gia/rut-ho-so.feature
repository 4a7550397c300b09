# language: vi
@R148
Tính năng: Rút hồ sơ trước khi hội đồng bắt đầu chấm điểm
  Cán bộ xã rút hồ sơ theo đề nghị của chủ thể, với lý do, khi hội đồng chưa có phiếu chấm nào trong vòng đang mở.
  Hồ sơ đã rút là trạng thái cuối.

  @assumption
  Kịch bản: Rút hồ sơ vừa đăng ký
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Chủ thể xin rút hồ sơ"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã rút"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Chủ thể xin rút hồ sơ" cho thao tác "Rút hồ sơ"
    Và cán bộ xã Mỹ Hà không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

  @assumption
  Kịch bản: Rút hồ sơ đã gửi lên huyện khi hội đồng chưa chấm
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Chủ thể chưa đủ sản phẩm mẫu"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã rút"

  @assumption
  Kịch bản: Rút hồ sơ đang được trả lại để hoàn thiện
    Cho hồ sơ "Giò lụa Mỹ Hà" đã bị trả lại để hoàn thiện
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Chủ thể không bổ sung được"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã rút"

  @assumption
  Kịch bản: Rút hồ sơ phải nêu lý do
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì thiếu lý do

  @assumption
  Kịch bản: Hội đồng đã bắt đầu chấm thì không rút được hồ sơ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Và 1 thành viên hội đồng cấp huyện đã chấm 60 điểm
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Rút muộn"
    Thì thao tác bị từ chối với lý do "scoring_started"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "UBND xã đã đánh giá"

  @assumption
  Kịch bản: Hồ sơ đã có kết quả chấm điểm thì không rút được
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp huyện chấm 60 điểm
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Rút muộn"
    Thì thao tác không thực hiện được ở trạng thái hiện tại

  @assumption
  Kịch bản: Chỉ cán bộ xã rút hồ sơ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký
    Khi Chủ tịch UBND huyện Mỹ Lộc rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Huyện rút"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền
