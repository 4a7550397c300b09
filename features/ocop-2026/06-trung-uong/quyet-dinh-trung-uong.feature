# language: vi
@R26
Tính năng: Hội đồng cấp Trung ương chấm điểm, Bộ trưởng công nhận 5 sao hoặc trả về cấp tỉnh
  Sản phẩm từ 90 điểm ở cấp tỉnh được gửi Bộ Nông nghiệp và Môi trường; Hội đồng cấp Trung ương chấm lại trên phiếu
  đánh giá của bộ sản phẩm. Từ 90 điểm và đạt yêu cầu tối thiểu 5 sao: Bộ trưởng công nhận 5 sao, giấy chứng nhận do
  Bộ cấp. Không đạt 90 điểm (hoặc chưa đạt yêu cầu tối thiểu 5 sao): Bộ trưởng thông báo kết quả, trả hồ sơ về cấp
  tỉnh (có lý do); Chủ tịch UBND tỉnh căn cứ kết quả của Hội đồng cấp Trung ương công nhận 3 sao, 4 sao, hoặc không
  công nhận (dưới 50 điểm). Hồ sơ đã trả về không được gửi lại lên Trung ương.

  Bối cảnh:
    Cho hồ sơ "Chè xanh Mỹ Hà" đã được gửi lên Trung ương

  @QD26_D3 @QD26_D4 @QD26_D7
  Khung kịch bản: Bộ trưởng công nhận 5 sao từ 90 điểm ở từng ngưỡng điểm
    Khi 4 thành viên hội đồng cấp Trung ương chấm <điểm> điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Thì kết quả chấm điểm cấp Trung ương là <hiển thị> điểm, hạng 5 sao, tính trên 4 phiếu, đạt 5 sao theo yêu cầu tối thiểu
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ được phép "công nhận" đối với hồ sơ "Chè xanh Mỹ Hà"
    Khi Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định công nhận hồ sơ "Chè xanh Mỹ Hà"
    Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 5 sao do Bộ Nông nghiệp và Môi trường cấp
    Và giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" có giá trị đến hết ngày 01/06/2029
    Và căn cứ của quyết định đối với hồ sơ "Chè xanh Mỹ Hà" là kết quả chấm điểm cấp Trung ương

    Dữ liệu:
      | điểm | hiển thị |
      | 90   | 90,00    |
      | 100  | 100,00   |

  @QD26_D3 @QD26_D4 @QD26_D7
  Khung kịch bản: Dưới 90 điểm ở Trung ương, tỉnh quyết định theo kết quả Trung ương ở từng ngưỡng điểm
    Khi 4 thành viên hội đồng cấp Trung ương chấm <điểm> điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Thì kết quả chấm điểm cấp Trung ương là <hiển thị> điểm, hạng <hạng> sao
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ được phép "trả về cấp tỉnh" đối với hồ sơ "Chè xanh Mỹ Hà"
    Khi Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh với lý do "Chưa đạt 90 điểm ở cấp Trung ương"
    Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "Hội đồng tỉnh đã chấm điểm"
    Và căn cứ của quyết định đối với hồ sơ "Chè xanh Mỹ Hà" là kết quả chấm điểm cấp Trung ương
    Và lịch sử hồ sơ "Chè xanh Mỹ Hà" ghi lý do "Chưa đạt 90 điểm ở cấp Trung ương" cho thao tác "Thông báo kết quả, trả về cấp tỉnh"
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "<quyết định>" đối với hồ sơ "Chè xanh Mỹ Hà"
    Khi Chủ tịch UBND tỉnh Nam Định thực hiện "<quyết định>" đối với hồ sơ "Chè xanh Mỹ Hà"
    Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "<trạng thái>"
    Và căn cứ của quyết định đối với hồ sơ "Chè xanh Mỹ Hà" là kết quả chấm điểm cấp Trung ương
    Và <giấy chứng nhận>

    Dữ liệu:
      | điểm  | hiển thị | hạng | quyết định      | trạng thái   | giấy chứng nhận                                                                   |
      | 89,99 | 89,99    | 4    | công nhận       | Đã công nhận | giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 4 sao do UBND tỉnh Nam Định cấp |
      | 70    | 70,00    | 4    | công nhận       | Đã công nhận | giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 4 sao do UBND tỉnh Nam Định cấp |
      | 69,99 | 69,99    | 3    | công nhận       | Đã công nhận | giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 3 sao do UBND tỉnh Nam Định cấp |
      | 50    | 50,00    | 3    | công nhận       | Đã công nhận | giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 3 sao do UBND tỉnh Nam Định cấp |
      | 49,99 | 49,99    | 2    | không công nhận | Không đạt    | hồ sơ "Chè xanh Mỹ Hà" không có giấy chứng nhận                                  |

  @QD26_PL2 @QD26_D7
  Kịch bản: Từ 90 điểm ở Trung ương nhưng chưa đạt yêu cầu tối thiểu 5 sao thì tỉnh công nhận 4 sao
    Khi 4 thành viên hội đồng cấp Trung ương chấm 95 điểm cho hồ sơ "Chè xanh Mỹ Hà", không đạt yêu cầu tối thiểu 5 sao ở tiêu chí 7
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Thì kết quả chấm điểm cấp Trung ương là 95,00 điểm, hạng 5 sao, đạt 4 sao theo yêu cầu tối thiểu
    Khi Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định công nhận hồ sơ "Chè xanh Mỹ Hà"
    Thì thao tác bị từ chối với lý do "band" và "star_minimums"
    Và lý do "star_minimums" của việc từ chối nêu tiêu chí 7
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ được phép "trả về cấp tỉnh" đối với hồ sơ "Chè xanh Mỹ Hà"
    Khi Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh với lý do "Chưa đạt yêu cầu tối thiểu 5 sao"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Chè xanh Mỹ Hà"
    Thì giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 4 sao do UBND tỉnh Nam Định cấp
    Và căn cứ của quyết định đối với hồ sơ "Chè xanh Mỹ Hà" ghi tiêu chí 7 chưa đạt yêu cầu tối thiểu 5 sao: đạt 3 điểm, yêu cầu 5 điểm

  @QD26_D7
  Kịch bản: Từ 90 điểm ở Trung ương không được trả về cấp tỉnh
    Khi 4 thành viên hội đồng cấp Trung ương chấm 92 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh với lý do "Trả về"
    Thì thao tác bị từ chối với lý do "band"
    Và hồ sơ "Chè xanh Mỹ Hà" vẫn ở trạng thái "Hội đồng Trung ương đã chấm điểm"

  @QD26_D7
  Kịch bản: Trả hồ sơ về cấp tỉnh phải nêu lý do
    Khi 4 thành viên hội đồng cấp Trung ương chấm 85 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh
    Thì thao tác bị từ chối vì thiếu lý do

  @QD26_D7
  Kịch bản: Hồ sơ đã bị trả về không được gửi lại lên Trung ương
    Khi 4 thành viên hội đồng cấp Trung ương chấm 85 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Chè xanh Mỹ Hà" về cấp tỉnh với lý do "Chưa đạt 90 điểm"
    Và Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Chè xanh Mỹ Hà" lên Trung ương
    Thì thao tác bị từ chối với lý do "band"
    Và hồ sơ "Chè xanh Mỹ Hà" vẫn ở trạng thái "Hội đồng tỉnh đã chấm điểm"

  @QD26_D4 @assumption
  Kịch bản: Ngày ký quyết định công nhận 5 sao không được sau hôm nay
    Khi 4 thành viên hội đồng cấp Trung ương chấm 96 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định công nhận hồ sơ "Chè xanh Mỹ Hà" ký ngày 02/06/2026
    Thì thao tác bị từ chối với lý do "issued_on_future"
    Khi Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định công nhận hồ sơ "Chè xanh Mỹ Hà" ký ngày 01/06/2026
    Thì giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" ghi ngày ký quyết định 01/06/2026

  Quy tắc: Ở cấp Trung ương, cơ quan và người có thẩm quyền của Trung ương thao tác

    @QD26_D7
    Khung kịch bản: Chỉ Bộ trưởng công nhận 5 sao và trả hồ sơ về cấp tỉnh
      Khi 4 thành viên hội đồng cấp Trung ương chấm <điểm> điểm cho hồ sơ "Chè xanh Mỹ Hà"
      Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
      Và <người> thực hiện "<quyết định>" đối với hồ sơ "Chè xanh Mỹ Hà" với lý do "Thử"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

      Dữ liệu:
        | điểm | người                                      | quyết định      |
        | 92   | Chủ tịch UBND tỉnh Nam Định                | công nhận       |
        | 92   | cán bộ Văn phòng Điều phối NTM Trung ương  | công nhận       |
        | 85   | Chủ tịch UBND tỉnh Nam Định                | trả về cấp tỉnh |
        | 85   | cán bộ Văn phòng Điều phối NTM Trung ương  | trả về cấp tỉnh |

    @QD26_D7
    Kịch bản: Cơ quan tham mưu OCOP tỉnh không kết thúc chấm điểm ở cấp Trung ương
      Khi 4 thành viên hội đồng cấp Trung ương chấm 92 điểm cho hồ sơ "Chè xanh Mỹ Hà"
      Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    @QD26_D7
    Kịch bản: Hội đồng cấp tỉnh không chấm hồ sơ đang ở cấp Trung ương
      Khi thành viên thứ 1 của hội đồng cấp tỉnh chấm 92 điểm cho hồ sơ "Chè xanh Mỹ Hà"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền
