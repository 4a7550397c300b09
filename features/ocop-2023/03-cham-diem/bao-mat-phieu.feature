# language: vi
@R148
Tính năng: Bảo mật phiếu chấm điểm cho đến khi kết thúc chấm điểm
  Trước khi kết thúc chấm điểm, thành viên hội đồng chỉ thấy phiếu của chính mình; cơ quan thường trực, Chủ tịch
  và kiểm toán viên thấy tất cả. Việc cần xử lý của thành viên chỉ còn những hồ sơ mình chưa chấm.

  @assumption
  Kịch bản: Thành viên chỉ thấy phiếu của mình cho đến khi kết thúc chấm điểm
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Và 3 thành viên hội đồng cấp huyện đã chấm 60 điểm
    Thì thành viên thứ 1 của hội đồng cấp huyện chỉ thấy phiếu chấm điểm của chính mình trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Và kiểm toán viên tỉnh Nam Định thấy 3 phiếu chấm điểm trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Và Chủ tịch UBND huyện Mỹ Lộc thấy 3 phiếu chấm điểm trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của thành viên thứ 4 của hội đồng cấp huyện
    Và hồ sơ "Giò lụa Mỹ Hà" không có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp huyện
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thành viên thứ 1 của hội đồng cấp huyện thấy 3 phiếu chấm điểm trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
