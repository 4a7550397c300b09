# language: vi
@R26
Tính năng: Yêu cầu tối thiểu theo hạng sao giữ sản phẩm ở hạng thấp hơn hạng theo điểm
  Trên mỗi phiếu đánh giá (Phụ lục II), phương án đánh dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao.
  Kết quả của hội đồng ở mỗi tiêu chí là trung vị điểm của các thành viên (giả định, tham số "criterion_result");
  sản phẩm đạt hạng sao cao nhất mà điểm trung bình đạt và kết quả các tiêu chí đáp ứng mọi yêu cầu tối thiểu của
  hạng đó, kể cả yêu cầu của các hạng thấp hơn (giả định, tham số "minimums_cumulative"). Chủ tịch UBND tỉnh công
  nhận theo hạng đạt được; kết quả và căn cứ của quyết định nêu yêu cầu tối thiểu nào chưa đạt.

  Bộ sản phẩm 08 (chế biến từ thịt, trứng, sữa, thủy sản...): tiêu chí 2.1 yêu cầu 3 điểm cho 4 sao; tiêu chí 2.2
  yêu cầu 2 điểm cho 3 sao; tiêu chí 4.1 yêu cầu 2 điểm cho 3 sao, 3 điểm cho 4 sao, 5 điểm cho 5 sao; tiêu chí 7
  yêu cầu 3 điểm cho 4 sao, 5 điểm cho 5 sao. Phiếu "không đạt yêu cầu tối thiểu" chọn phương án ngay dưới yêu cầu.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá

  @QD26_PL2 @QD26_D4 @assumption
  Khung kịch bản: Chưa đạt yêu cầu tối thiểu của hạng theo điểm thì được công nhận ở hạng thấp hơn, có giải thích
    Khi 4 thành viên hội đồng cấp tỉnh chấm <điểm> điểm, không đạt yêu cầu tối thiểu <sao> sao ở tiêu chí <tiêu chí>
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp tỉnh là <điểm>,00 điểm, hạng <hạng> sao, đạt <đạt> sao theo yêu cầu tối thiểu
    Và kết quả chấm điểm đối với hồ sơ "Giò lụa Mỹ Hà" ghi tiêu chí <tiêu chí> chưa đạt yêu cầu tối thiểu <sao> sao: đạt <có> điểm, yêu cầu <cần> điểm
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "công nhận" đối với hồ sơ "Giò lụa Mỹ Hà"
    Khi Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" hạng <đạt> sao do UBND tỉnh Nam Định cấp
    Và căn cứ của quyết định đối với hồ sơ "Giò lụa Mỹ Hà" ghi tiêu chí <tiêu chí> chưa đạt yêu cầu tối thiểu <sao> sao: đạt <có> điểm, yêu cầu <cần> điểm

    Dữ liệu:
      | điểm | hạng | sao | tiêu chí | có | cần | đạt |
      | 75   | 4    | 4   | 2.1      | 2  | 3   | 3   |
      | 85   | 4    | 4   | 4.1      | 2  | 3   | 3   |
      | 95   | 5    | 5   | 7        | 3  | 5   | 4   |

  @QD26_PL2 @QD26_D4
  Kịch bản: Từ 50 điểm nhưng chưa đạt yêu cầu tối thiểu 3 sao thì không được công nhận
    Khi 4 thành viên hội đồng cấp tỉnh chấm 60 điểm, không đạt yêu cầu tối thiểu 3 sao ở tiêu chí 2.2
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp tỉnh là 60,00 điểm, hạng 3 sao, đạt 2 sao theo yêu cầu tối thiểu
    Khi Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "band" và "star_minimums"
    Và lý do "star_minimums" của việc từ chối nêu tiêu chí 2.2
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "không công nhận" đối với hồ sơ "Giò lụa Mỹ Hà"
    Khi Chủ tịch UBND tỉnh Nam Định quyết định không công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Không đạt"
    Và căn cứ của quyết định đối với hồ sơ "Giò lụa Mỹ Hà" ghi tiêu chí 2.2 chưa đạt yêu cầu tối thiểu 3 sao: đạt 1 điểm, yêu cầu 2 điểm
    Và hồ sơ "Giò lụa Mỹ Hà" không có giấy chứng nhận

  @QD26_PL2 @QD26_D7
  Kịch bản: Từ 90 điểm nhưng chưa đạt yêu cầu tối thiểu 5 sao thì không được gửi Bộ Nông nghiệp và Môi trường
    Khi 4 thành viên hội đồng cấp tỉnh chấm 95 điểm, không đạt yêu cầu tối thiểu 5 sao ở tiêu chí 4.1
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Và Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Giò lụa Mỹ Hà" lên Trung ương
    Thì thao tác bị từ chối với lý do "band" và "star_minimums"
    Và lý do "star_minimums" của việc từ chối nêu tiêu chí 4.1
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Hội đồng tỉnh đã chấm điểm"

  @QD26_PL2 @assumption
  Kịch bản: Yêu cầu tối thiểu tính cộng dồn: sản phẩm 4 sao theo điểm cũng phải đạt yêu cầu tối thiểu 3 sao
    Khi 4 thành viên hội đồng cấp tỉnh chấm 80 điểm, không đạt yêu cầu tối thiểu 3 sao ở tiêu chí 2.2
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp tỉnh là 80,00 điểm, hạng 4 sao, đạt 2 sao theo yêu cầu tối thiểu
    Và kết quả chấm điểm đối với hồ sơ "Giò lụa Mỹ Hà" ghi tiêu chí 2.2 chưa đạt yêu cầu tối thiểu 3 sao: đạt 1 điểm, yêu cầu 2 điểm
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "không công nhận" đối với hồ sơ "Giò lụa Mỹ Hà"

  @QD26_PL2 @assumption
  Kịch bản: Kết quả của hội đồng ở một tiêu chí là trung vị: một thành viên chấm dưới yêu cầu không kéo hạng xuống
    Khi thành viên thứ 1 của hội đồng cấp tỉnh chấm 80 điểm, không đạt yêu cầu tối thiểu 4 sao ở tiêu chí 2.1
    Và thành viên thứ 2 của hội đồng cấp tỉnh chấm 80 điểm
    Và thành viên thứ 3 của hội đồng cấp tỉnh chấm 80 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả của hội đồng ở tiêu chí 2.1 là 3 điểm
    Và kết quả chấm điểm cấp tỉnh là 80,00 điểm, hạng 4 sao, tính trên 3 phiếu, đạt 4 sao theo yêu cầu tối thiểu
    Và kết quả chấm điểm đối với hồ sơ "Giò lụa Mỹ Hà" không ghi yêu cầu tối thiểu nào chưa đạt

  @QD26_PL2 @assumption
  Kịch bản: Kết quả của hội đồng ở một tiêu chí là trung vị: nửa hội đồng chấm dưới yêu cầu thì chưa đạt
    Khi thành viên thứ 1 của hội đồng cấp tỉnh chấm 80 điểm, không đạt yêu cầu tối thiểu 4 sao ở tiêu chí 2.1
    Và thành viên thứ 2 của hội đồng cấp tỉnh chấm 80 điểm, không đạt yêu cầu tối thiểu 4 sao ở tiêu chí 2.1
    Và thành viên thứ 3 của hội đồng cấp tỉnh chấm 80 điểm
    Và thành viên thứ 4 của hội đồng cấp tỉnh chấm 80 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả của hội đồng ở tiêu chí 2.1 là 2,5 điểm
    Và kết quả chấm điểm cấp tỉnh là 80,00 điểm, hạng 4 sao, tính trên 4 phiếu, đạt 3 sao theo yêu cầu tối thiểu
    Và kết quả chấm điểm đối với hồ sơ "Giò lụa Mỹ Hà" ghi tiêu chí 2.1 chưa đạt yêu cầu tối thiểu 4 sao: đạt 2,5 điểm, yêu cầu 3 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định thấy điểm trung bình 80,00 điểm, đạt 3 sao theo yêu cầu tối thiểu của hồ sơ "Giò lụa Mỹ Hà"
