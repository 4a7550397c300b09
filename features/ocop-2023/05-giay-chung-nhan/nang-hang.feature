# language: vi
@R148
Tính năng: Nâng hạng sản phẩm
  Hồ sơ nâng hạng được chấm như hồ sơ lần đầu. Chỉ được công nhận khi đạt hạng cao hơn giấy chứng nhận hiện có;
  nếu không, Chủ tịch quyết định không công nhận và giấy chứng nhận hiện có vẫn còn hiệu lực. Khi hồ sơ nâng hạng
  được công nhận, hồ sơ trước chuyển sang "Đã công nhận lại" và giấy chứng nhận cũ được thay thế.

  @QD148_PL2
  Kịch bản: Kết quả nâng hạng không cao hơn hạng hiện có thì không công nhận, giấy chứng nhận hiện có giữ nguyên
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Và hồ sơ nâng hạng "Giò lụa Mỹ Hà nâng hạng" của hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi 4 thành viên hội đồng cấp huyện chấm 65 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và Chủ tịch UBND huyện Mỹ Lộc quyết định công nhận hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Thì thao tác bị từ chối với lý do "upgrade_not_higher"
    Và Chủ tịch UBND huyện Mỹ Lộc chỉ được phép "không công nhận" đối với hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Khi Chủ tịch UBND huyện Mỹ Lộc quyết định không công nhận hồ sơ "Giò lụa Mỹ Hà nâng hạng" với lý do "Không cao hơn hạng hiện có"
    Thì hồ sơ "Giò lụa Mỹ Hà nâng hạng" ở trạng thái "Không đạt"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "còn hiệu lực"

  @QD148_PL2
  Kịch bản: Nâng hạng từ 3 sao lên 4 sao: giấy chứng nhận cũ được thay thế
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Và hồ sơ nâng hạng "Giò lụa Mỹ Hà nâng hạng" của hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi 4 thành viên hội đồng cấp huyện chấm 78 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và Chủ tịch UBND huyện Mỹ Lộc gửi hồ sơ "Giò lụa Mỹ Hà nâng hạng" lên cấp tỉnh
    Và 4 thành viên hội đồng cấp tỉnh chấm 76 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà nâng hạng" hạng 4 sao do UBND tỉnh Nam Định cấp
    Và hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận lại"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "đã được thay thế"

  @QD148_PL2
  Kịch bản: Sản phẩm 4 sao nâng hạng nhưng tỉnh vẫn chấm 4 sao thì tỉnh không công nhận
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được công nhận 4 sao
    Và hồ sơ nâng hạng "Nước mắm Mỹ Hà nâng hạng" của hồ sơ "Nước mắm Mỹ Hà" đã được UBND xã đánh giá
    Khi 4 thành viên hội đồng cấp huyện chấm 85 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và Chủ tịch UBND huyện Mỹ Lộc gửi hồ sơ "Nước mắm Mỹ Hà nâng hạng" lên cấp tỉnh
    Và 4 thành viên hội đồng cấp tỉnh chấm 84 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Thì Chủ tịch UBND tỉnh Nam Định chỉ được phép "không công nhận" đối với hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Khi Chủ tịch UBND tỉnh Nam Định quyết định không công nhận hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Thì hồ sơ "Nước mắm Mỹ Hà nâng hạng" ở trạng thái "Không đạt"
    Và hồ sơ "Nước mắm Mỹ Hà" vẫn ở trạng thái "Đã công nhận"
