# language: vi
@R148
Tính năng: Độ lệch điểm giữa các thành viên và chấm lại
  Tổng điểm cao nhất và thấp nhất của các phiếu không lệch nhau quá 10 điểm (tham số "spread_limit"). Lệch quá
  giới hạn thì Phòng NN&PTNT huyện đề nghị hội đồng chấm lại (có lý do), tối đa 2 lần mỗi vòng
  (tham số "max_rescore_requests"); sau đó Chủ tịch UBND huyện có thể kết thúc chấm điểm, với lý do được ghi lại.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá

  @assumption
  Khung kịch bản: Điểm lệch không quá 10 điểm thì kết thúc được
    Khi các thành viên hội đồng cấp huyện chấm lần lượt <điểm> điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hội đồng huyện đã chấm điểm"

    Dữ liệu:
      | điểm               |
      | 50; 60; 55; 58     |
      | 60; 61; 62; 63     |
      | 70; 70; 70         |

  @assumption
  Kịch bản: Điểm lệch quá 10 điểm thì chưa kết thúc được
    Khi các thành viên hội đồng cấp huyện chấm lần lượt 50; 55; 61; 60 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "spread"

  @assumption
  Kịch bản: Đề nghị chấm lại, thành viên chấm lại và hội đồng kết thúc chấm điểm
    Cho các thành viên hội đồng cấp huyện đã chấm lần lượt 50; 55; 61; 60 điểm
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc đề nghị hội đồng chấm lại với lý do "Điểm lệch 11 điểm, đề nghị thảo luận và chấm lại"
    Và thành viên thứ 1 của hội đồng cấp huyện chấm lại 56 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hội đồng huyện đã chấm điểm"
    Và kết quả chấm điểm cấp huyện là 58,00 điểm, hạng 3 sao, tính trên 4 phiếu
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Điểm lệch 11 điểm, đề nghị thảo luận và chấm lại" cho thao tác "Đề nghị chấm lại"

  @assumption
  Kịch bản: Không đề nghị chấm lại khi điểm không lệch quá giới hạn
    Cho các thành viên hội đồng cấp huyện đã chấm lần lượt 60; 61; 62 điểm
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc đề nghị hội đồng chấm lại với lý do "Kiểm tra lại"
    Thì thao tác bị từ chối với lý do "spread_ok"

  @assumption
  Kịch bản: Đề nghị chấm lại phải nêu lý do
    Cho các thành viên hội đồng cấp huyện đã chấm lần lượt 50; 55; 61; 60 điểm
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc đề nghị hội đồng chấm lại
    Thì thao tác bị từ chối vì thiếu lý do

  @assumption
  Kịch bản: Mỗi vòng chấm chỉ được đề nghị chấm lại tối đa hai lần
    Cho các thành viên hội đồng cấp huyện đã chấm lần lượt 50; 55; 61; 60 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc đã đề nghị hội đồng chấm lại 2 lần
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc đề nghị hội đồng chấm lại với lý do "Lần thứ ba"
    Thì thao tác bị từ chối với lý do "rescore_limit"

  @assumption
  Kịch bản: Sau hai lần chấm lại vẫn lệch, Chủ tịch UBND huyện kết thúc chấm điểm với lý do
    Cho các thành viên hội đồng cấp huyện đã chấm lần lượt 50; 55; 61; 60 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc đã đề nghị hội đồng chấm lại 2 lần
    Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà" với lý do "Vẫn lệch"
    Thì thao tác bị từ chối với lý do "spread"
    Khi Chủ tịch UBND huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "spread"
    Khi Chủ tịch UBND huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà" với lý do "Hội đồng đã thảo luận, thống nhất giữ kết quả"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hội đồng huyện đã chấm điểm"
    Và kết quả được ghi là đã kết thúc chấm điểm dù điểm lệch quá giới hạn
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Hội đồng đã thảo luận, thống nhất giữ kết quả" cho thao tác "Kết thúc chấm điểm"

  @assumption
  Kịch bản: Chưa đủ hai lần đề nghị chấm lại thì Chủ tịch chưa được kết thúc khi điểm còn lệch
    Cho các thành viên hội đồng cấp huyện đã chấm lần lượt 50; 55; 61; 60 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc đã đề nghị hội đồng chấm lại 1 lần
    Khi Chủ tịch UBND huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà" với lý do "Giữ kết quả"
    Thì thao tác bị từ chối với lý do "spread"
