# language: vi
@R148
Tính năng: Phòng NN&PTNT huyện trả lại hồ sơ để xã hoàn thiện
  Cơ quan thường trực cấp huyện kiểm tra hồ sơ và có thể trả lại để hoàn thiện, với lý do. Trả lại kết thúc vòng
  chấm đang mở: các phiếu đã chấm vẫn còn trong lịch sử nhưng không được tính; khi xã nộp lại, hội đồng chấm vòng mới.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá

  @QD148_PL2
  Kịch bản: Trả lại hồ sơ với lý do, xã nhận lại để hoàn thiện
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Thiếu phiếu kết quả kiểm nghiệm"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Trả lại để hoàn thiện"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Thiếu phiếu kết quả kiểm nghiệm" cho thao tác "Trả lại để hoàn thiện"
    Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của cán bộ xã Mỹ Hà

  @QD148_PL2
  Kịch bản: Trả lại hồ sơ phải nêu lý do
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện
    Thì thao tác bị từ chối vì thiếu lý do

  @QD148_PL2
  Kịch bản: Cán bộ xã không tự trả lại hồ sơ
    Khi cán bộ xã Mỹ Hà trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Tự bổ sung"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

  @QD148_PL2
  Kịch bản: Phòng NN&PTNT huyện khác không thấy hồ sơ
    Khi cán bộ Phòng NN&PTNT quận Ba Đình trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Thiếu hồ sơ"
    Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

  @QD148_PL2
  Kịch bản: Hồ sơ đang trả lại thì hội đồng không chấm
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Thiếu nhãn sản phẩm"
    Và thành viên thứ 1 của hội đồng cấp huyện chấm 60 điểm
    Thì thao tác không thực hiện được ở trạng thái hiện tại

  @QD148_PL2
  Kịch bản: Xã nộp lại hồ sơ đã hoàn thiện; các phiếu của vòng bị trả lại không còn được tính
    Cho 3 thành viên hội đồng cấp huyện đã chấm 30 điểm
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Thiếu phiếu kết quả kiểm nghiệm"
    Và cán bộ xã Mỹ Hà nộp lại hồ sơ "Giò lụa Mỹ Hà" đã hoàn thiện
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "UBND xã đã đánh giá"
    Khi thành viên thứ 4 của hội đồng cấp huyện chấm 70 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "quorum"
    Khi các thành viên hội đồng cấp huyện chấm lần lượt 65; 66; 64 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp huyện là 66,25 điểm, hạng 3 sao, tính trên 4 phiếu, vòng 2
    Và kiểm toán viên tỉnh Nam Định thấy 7 phiếu chấm điểm trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
