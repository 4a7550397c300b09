# language: vi
@R148
Tính năng: Bộ trưởng quyết định theo kết quả của hội đồng cấp Trung ương
  Hồ sơ từ 90 điểm ở tỉnh được gửi lên Trung ương. Từ 90 điểm ở Trung ương: Bộ trưởng Bộ Nông nghiệp và Môi trường
  công nhận 5 sao. Dưới 90 điểm: Bộ trưởng trả hồ sơ về cấp tỉnh (có lý do); Chủ tịch UBND tỉnh công nhận theo hạng
  của kết quả Trung ương (3 hoặc 4 sao) hoặc không công nhận nếu dưới 50 điểm.

  Bối cảnh:
    Cho hồ sơ "Chè xanh Mỹ Hà" đã được gửi lên Trung ương

  @QD148_D1 @QD148_PL2
  Khung kịch bản: Bộ trưởng công nhận 5 sao từ 90 điểm
    Khi 4 thành viên hội đồng cấp Trung ương chấm <điểm> điểm
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Thì Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ được phép "công nhận" đối với hồ sơ "Chè xanh Mỹ Hà"
    Khi Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định công nhận hồ sơ "Chè xanh Mỹ Hà"
    Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 5 sao do Bộ Nông nghiệp và Môi trường cấp

    Dữ liệu:
      | điểm |
      | 90   |
      | 100  |

  @QD148_PL2 @assumption
  Khung kịch bản: Dưới 90 điểm ở Trung ương, tỉnh quyết định theo kết quả Trung ương
    Khi 4 thành viên hội đồng cấp Trung ương chấm <điểm> điểm
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Thì Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ được phép "trả về cấp tỉnh" đối với hồ sơ "Chè xanh Mỹ Hà"
    Khi Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh với lý do "Chưa đạt 90 điểm ở cấp Trung ương"
    Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "Hội đồng tỉnh đã chấm điểm"
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "<quyết định>" đối với hồ sơ "Chè xanh Mỹ Hà"
    Khi Chủ tịch UBND tỉnh Nam Định thực hiện "<quyết định>" đối với hồ sơ "Chè xanh Mỹ Hà"
    Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "<trạng thái>"
    Và căn cứ của quyết định đối với hồ sơ "Chè xanh Mỹ Hà" là kết quả chấm điểm cấp Trung ương

    Dữ liệu:
      | điểm  | quyết định      | trạng thái   |
      | 89,99 | công nhận       | Đã công nhận |
      | 70    | công nhận       | Đã công nhận |
      | 69,99 | công nhận       | Đã công nhận |
      | 50    | công nhận       | Đã công nhận |
      | 49,99 | không công nhận | Không đạt    |

  @QD148_PL2 @assumption
  Kịch bản: Tỉnh cấp giấy chứng nhận 4 sao theo kết quả Trung ương
    Khi 4 thành viên hội đồng cấp Trung ương chấm 85 điểm
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh với lý do "Chưa đạt 90 điểm"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Chè xanh Mỹ Hà"
    Thì giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 4 sao do UBND tỉnh Nam Định cấp

  @QD148_PL2
  Kịch bản: Hồ sơ đã bị trả về không được gửi lại lên Trung ương
    Khi 4 thành viên hội đồng cấp Trung ương chấm 85 điểm
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh với lý do "Chưa đạt 90 điểm"
    Và Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Chè xanh Mỹ Hà" lên Trung ương
    Thì thao tác bị từ chối với lý do "band"

  @QD148_PL2
  Kịch bản: Trả hồ sơ về cấp tỉnh phải nêu lý do
    Khi 4 thành viên hội đồng cấp Trung ương chấm 85 điểm
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh
    Thì thao tác bị từ chối vì thiếu lý do

  @QD148_PL2
  Kịch bản: Từ 90 điểm ở Trung ương không được trả về cấp tỉnh
    Khi 4 thành viên hội đồng cấp Trung ương chấm 92 điểm
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh với lý do "Trả về"
    Thì thao tác bị từ chối với lý do "band"

  @QD148_PL2
  Kịch bản: Chỉ Bộ trưởng công nhận 5 sao
    Khi 4 thành viên hội đồng cấp Trung ương chấm 92 điểm
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Chè xanh Mỹ Hà"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền
