# language: vi
@R26
Tính năng: Rút hồ sơ trước khi hội đồng cấp tỉnh bắt đầu chấm điểm
  Cán bộ xã rút hồ sơ theo đề nghị của chủ thể, với lý do, khi hội đồng chưa có phiếu đánh giá nào trong vòng đang
  mở: từ khi tiếp nhận đến khi Tổ tư vấn đã đánh giá. Hồ sơ đã rút là trạng thái cuối.

  @assumption
  Khung kịch bản: Rút hồ sơ ở từng bước trước khi chấm điểm
    Cho hồ sơ "Giò lụa Mỹ Hà" <bước>
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Chủ thể xin rút hồ sơ"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã rút"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Chủ thể xin rút hồ sơ" cho thao tác "Rút hồ sơ"
    Và cán bộ xã Mỹ Hà không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

    Dữ liệu:
      | bước                        |
      | đã được đăng ký             |
      | đã được UBND xã đánh giá    |
      | đã bị trả lại để hoàn thiện |
      | đã được cấp tỉnh tiếp nhận  |
      | đã được Tổ tư vấn đánh giá  |

  @assumption
  Kịch bản: Rút hồ sơ phải nêu lý do
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì thiếu lý do

  @assumption
  Kịch bản: Hội đồng cấp tỉnh đã bắt đầu chấm thì không rút được hồ sơ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá
    Và 1 thành viên hội đồng cấp tỉnh đã chấm 70 điểm
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Rút muộn"
    Thì thao tác bị từ chối với lý do "scoring_started"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Tổ tư vấn đã đánh giá"

  @assumption
  Kịch bản: Hồ sơ đã có kết quả chấm điểm thì không rút được
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm 60 điểm
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Rút muộn"
    Thì thao tác không thực hiện được ở trạng thái hiện tại

  @assumption
  Kịch bản: Chỉ cán bộ xã rút hồ sơ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định rút hồ sơ "Giò lụa Mỹ Hà" với lý do "Tỉnh rút"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền
