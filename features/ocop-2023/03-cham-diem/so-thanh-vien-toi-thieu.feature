# language: vi
@R148
Tính năng: Số thành viên tối thiểu để kết thúc chấm điểm
  Chấm điểm chỉ kết thúc khi số thành viên có phiếu đạt ít nhất 3/4 số thành viên hội đồng (tham số "quorum",
  làm tròn lên), và không bao giờ khi chưa có phiếu nào. Hội đồng cấp huyện Mỹ Lộc có 4 thành viên: cần 3 phiếu.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá

  @assumption
  Khung kịch bản: Chưa đủ số thành viên có phiếu thì chưa kết thúc được
    Khi <số> thành viên hội đồng cấp huyện chấm 60 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "quorum"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "UBND xã đã đánh giá"

    Dữ liệu:
      | số |
      | 0  |
      | 1  |
      | 2  |

  @assumption
  Khung kịch bản: Đủ số thành viên có phiếu thì kết thúc được
    Khi <số> thành viên hội đồng cấp huyện chấm 60 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hội đồng huyện đã chấm điểm"
    Và kết quả chấm điểm cấp huyện là 60,00 điểm, hạng 3 sao, tính trên <số> phiếu

    Dữ liệu:
      | số |
      | 3  |
      | 4  |

  @assumption
  Kịch bản: Chủ tịch UBND huyện cũng có thể kết thúc chấm điểm
    Khi 3 thành viên hội đồng cấp huyện chấm 60 điểm
    Và Chủ tịch UBND huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hội đồng huyện đã chấm điểm"

  @QD148_PL2
  Kịch bản: Cơ quan cấp tỉnh không kết thúc chấm điểm ở cấp huyện
    Khi 4 thành viên hội đồng cấp huyện chấm 60 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

  @QD148_PL2
  Kịch bản: Huyện khác không kết thúc chấm điểm hồ sơ của huyện Mỹ Lộc
    Khi 4 thành viên hội đồng cấp huyện chấm 60 điểm
    Và Chủ tịch UBND quận Ba Đình kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

  @assumption
  Kịch bản: Hội đồng cấp tỉnh cũng cần đủ số thành viên có phiếu
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được gửi lên cấp tỉnh
    Khi 2 thành viên hội đồng cấp tỉnh chấm 80 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Thì thao tác bị từ chối với lý do "quorum"
