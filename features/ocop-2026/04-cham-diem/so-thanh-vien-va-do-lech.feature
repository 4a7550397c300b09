# language: vi
@R26
Tính năng: Số thành viên tối thiểu, độ lệch điểm và chấm lại ở hội đồng cấp tỉnh, cấp Trung ương
  Chấm điểm chỉ kết thúc khi số thành viên có phiếu đạt ít nhất 3/4 số thành viên hội đồng (tham số "quorum", làm
  tròn lên), không bao giờ khi chưa có phiếu nào. Tổng điểm cao nhất và thấp nhất không lệch quá 10 điểm (tham số
  "spread_limit"); lệch quá thì cơ quan tham mưu đề nghị hội đồng chấm lại (có lý do), tối đa 2 lần mỗi vòng (tham
  số "max_rescore_requests"); sau đó Chủ tịch UBND tỉnh có thể kết thúc chấm điểm với lý do được ghi lại.
  Hội đồng cấp tỉnh Nam Định có 4 thành viên: cần 3 phiếu.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá

  @assumption
  Khung kịch bản: Chưa đủ số thành viên có phiếu thì chưa kết thúc được
    Khi <số> thành viên hội đồng cấp tỉnh chấm 60 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "quorum"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Tổ tư vấn đã đánh giá"

    Dữ liệu:
      | số |
      | 0  |
      | 2  |

  @assumption
  Khung kịch bản: Đủ số thành viên có phiếu thì kết thúc được
    Khi <số> thành viên hội đồng cấp tỉnh chấm 60 điểm
    Và <người> kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hội đồng tỉnh đã chấm điểm"
    Và kết quả chấm điểm cấp tỉnh là 60,00 điểm, hạng 3 sao, tính trên <số> phiếu

    Dữ liệu:
      | số | người                                      |
      | 3  | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | 4  | Chủ tịch UBND tỉnh Nam Định                |

  @QD26_D7
  Kịch bản: Cán bộ xã không kết thúc chấm điểm ở cấp tỉnh
    Khi 4 thành viên hội đồng cấp tỉnh chấm 60 điểm
    Và cán bộ xã Mỹ Hà kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

  @assumption
  Kịch bản: Điểm lệch quá 10 điểm thì chưa kết thúc được
    Khi các thành viên hội đồng cấp tỉnh chấm lần lượt 50; 55; 61; 60 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "spread"

  @assumption
  Kịch bản: Đề nghị chấm lại, thành viên chấm lại và hội đồng kết thúc chấm điểm
    Cho các thành viên hội đồng cấp tỉnh đã chấm lần lượt 50; 55; 61; 60 điểm
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định đề nghị hội đồng chấm lại với lý do "Điểm lệch 11 điểm, đề nghị họp trực tiếp"
    Và thành viên thứ 1 của hội đồng cấp tỉnh chấm lại 56 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hội đồng tỉnh đã chấm điểm"
    Và kết quả chấm điểm cấp tỉnh là 58,00 điểm, hạng 3 sao, tính trên 4 phiếu
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Điểm lệch 11 điểm, đề nghị họp trực tiếp" cho thao tác "Đề nghị chấm lại"

  @assumption
  Kịch bản: Không đề nghị chấm lại khi điểm không lệch quá giới hạn
    Cho các thành viên hội đồng cấp tỉnh đã chấm lần lượt 60; 61; 62 điểm
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định đề nghị hội đồng chấm lại với lý do "Kiểm tra lại"
    Thì thao tác bị từ chối với lý do "spread_ok"

  @assumption
  Kịch bản: Đề nghị chấm lại phải nêu lý do
    Cho các thành viên hội đồng cấp tỉnh đã chấm lần lượt 50; 55; 61; 60 điểm
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định đề nghị hội đồng chấm lại
    Thì thao tác bị từ chối vì thiếu lý do

  @assumption
  Kịch bản: Sau hai lần đề nghị chấm lại vẫn lệch, Chủ tịch UBND tỉnh kết thúc chấm điểm với lý do
    Cho các thành viên hội đồng cấp tỉnh đã chấm lần lượt 50; 55; 61; 60 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định đã đề nghị hội đồng chấm lại 2 lần
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định đề nghị hội đồng chấm lại với lý do "Lần thứ ba"
    Thì thao tác bị từ chối với lý do "rescore_limit"
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà" với lý do "Vẫn lệch"
    Thì thao tác bị từ chối với lý do "spread"
    Khi Chủ tịch UBND tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "spread"
    Khi Chủ tịch UBND tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà" với lý do "Hội đồng đã họp trực tiếp, thống nhất giữ kết quả"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hội đồng tỉnh đã chấm điểm"
    Và kết quả được ghi là đã kết thúc chấm điểm dù điểm lệch quá giới hạn
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Hội đồng đã họp trực tiếp, thống nhất giữ kết quả" cho thao tác "Kết thúc chấm điểm"

  @assumption
  Kịch bản: Hội đồng cấp Trung ương cũng cần đủ số thành viên có phiếu và điểm không lệch quá giới hạn
    Cho hồ sơ "Chè xanh Mỹ Hà" đã được gửi lên Trung ương
    Khi 2 thành viên hội đồng cấp Trung ương chấm 92 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Thì thao tác bị từ chối với lý do "quorum"
    Khi thành viên thứ 3 của hội đồng cấp Trung ương chấm 80 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Thì thao tác bị từ chối với lý do "spread"
    Khi cán bộ Văn phòng Điều phối NTM Trung ương đề nghị hội đồng chấm lại với lý do "Điểm lệch 12 điểm"
    Và thành viên thứ 3 của hội đồng cấp Trung ương chấm lại 90 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "Hội đồng Trung ương đã chấm điểm"
    Và kết quả chấm điểm cấp Trung ương là 91,33 điểm, hạng 5 sao, tính trên 3 phiếu
