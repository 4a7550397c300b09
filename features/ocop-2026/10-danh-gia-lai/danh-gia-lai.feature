# language: vi
@R26
Tính năng: Đánh giá lại (phân hạng lại) sản phẩm
  Hồ sơ đánh giá lại được xử lý như hồ sơ lần đầu và quyết định trong 45 ngày kể từ ngày cấp tỉnh nhận đủ hồ sơ do
  UBND xã đề nghị (Điều 7 khoản 6 điểm g, tham số "renewal_decision_days"); hồ sơ đánh giá lại không theo hạn của đợt
  đánh giá. Khi hồ sơ đánh giá lại được công nhận, hệ thống chuyển hồ sơ trước sang "Đã công nhận lại" (nếu hồ sơ
  trước đang "Đã công nhận" hoặc "Sắp hết hạn") trong cùng giao dịch và giấy chứng nhận cũ được thay thế; hồ sơ
  trước đã "Hết hạn" thì giữ nguyên trạng thái (giả định).

  Giấy chứng nhận 3 sao của "Bánh nhãn Mỹ Hà" do UBND tỉnh Nam Định cấp ngày 15/03/2024, có giá trị đến hết ngày
  15/03/2027; thời gian nộp hồ sơ đánh giá lại từ ngày 16/09/2026.

  Bối cảnh:
    Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 3 sao do UBND tỉnh Nam Định cấp ngày 15/03/2024

  @QD26_D7 @assumption
  Kịch bản: Đánh giá lại khi giấy chứng nhận sắp hết hạn: hồ sơ trước được công nhận lại
    Cho hôm nay là ngày 01/10/2026
    Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2026" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Bánh nhãn Mỹ Hà 2026" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Và 4 thành viên hội đồng cấp tỉnh chấm 66 điểm cho hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Thì hồ sơ "Bánh nhãn Mỹ Hà 2026" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà 2026" hạng 3 sao do UBND tỉnh Nam Định cấp
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà 2026" có giá trị đến hết ngày 01/10/2029
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà 2026" có tình trạng "còn hiệu lực"
    Và hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Đã công nhận lại"
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" có tình trạng "đã được thay thế"
    Và lịch sử hồ sơ "Bánh nhãn Mỹ Hà" ghi hồ sơ kế tiếp "Bánh nhãn Mỹ Hà 2026"
    Và lịch sử hồ sơ "Bánh nhãn Mỹ Hà" ghi lần lượt:
      | thao tác                    | từ trạng thái | đến trạng thái   | người thực hiện             |
      | Nhập giấy chứng nhận đã cấp | —             | Đã công nhận     | quản trị viên tỉnh Nam Định |
      | Sắp hết hạn                 | Đã công nhận  | Sắp hết hạn      | hệ thống                    |
      | Đã công nhận lại            | Sắp hết hạn   | Đã công nhận lại | hệ thống                    |

  @QD26_D7
  Khung kịch bản: Hồ sơ đánh giá lại được quyết định trong 45 ngày kể từ ngày cấp tỉnh tiếp nhận
    Cho hôm nay là ngày 01/10/2026
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2026" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Và hôm nay là ngày 05/10/2026
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Bánh nhãn Mỹ Hà 2026" vào đợt đánh giá cấp tỉnh
    Cho hôm nay là ngày <hôm nay>
    Thì hạn quyết định đánh giá lại của hồ sơ "Bánh nhãn Mỹ Hà 2026" là ngày 19/11/2026, <tình trạng>
    Và hồ sơ "Bánh nhãn Mỹ Hà 2026" <đánh dấu> đánh dấu quá hạn
    Và hạn quyết định của đợt đánh giá cấp tỉnh của hồ sơ "Bánh nhãn Mỹ Hà 2026" là không có

    Dữ liệu:
      | hôm nay    | tình trạng   | đánh dấu |
      | 05/10/2026 | chưa quá hạn | không bị |
      | 19/11/2026 | chưa quá hạn | không bị |
      | 20/11/2026 | đã quá hạn   | được     |

  @QD26_D7
  Kịch bản: Hồ sơ đánh giá lại đã được quyết định thì không còn hạn 45 ngày
    Cho hôm nay là ngày 01/10/2026
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2026" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Bánh nhãn Mỹ Hà 2026" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Và 4 thành viên hội đồng cấp tỉnh chấm 45 điểm cho hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Thì hạn quyết định đánh giá lại của hồ sơ "Bánh nhãn Mỹ Hà 2026" là ngày 15/11/2026, chưa quá hạn
    Khi Chủ tịch UBND tỉnh Nam Định quyết định không công nhận hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Thì hồ sơ "Bánh nhãn Mỹ Hà 2026" ở trạng thái "Không đạt"
    Và hạn quyết định đánh giá lại của hồ sơ "Bánh nhãn Mỹ Hà 2026" là không có
    Và hồ sơ "Bánh nhãn Mỹ Hà" vẫn ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" có tình trạng "sắp hết hạn"

  @QD26_D7 @assumption
  Kịch bản: Đánh giá lại sau khi giấy chứng nhận đã hết hạn: hồ sơ trước vẫn hết hạn
    Cho hôm nay là ngày 01/04/2027
    Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Hết hạn"
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2027" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Bánh nhãn Mỹ Hà 2027" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Bánh nhãn Mỹ Hà 2027"
    Và 4 thành viên hội đồng cấp tỉnh chấm 58 điểm cho hồ sơ "Bánh nhãn Mỹ Hà 2027"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Bánh nhãn Mỹ Hà 2027"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Bánh nhãn Mỹ Hà 2027"
    Thì hồ sơ "Bánh nhãn Mỹ Hà 2027" ở trạng thái "Đã công nhận"
    Và hồ sơ "Bánh nhãn Mỹ Hà 2027" được đánh dấu nộp hồ sơ đánh giá lại muộn
    Và hồ sơ "Bánh nhãn Mỹ Hà" vẫn ở trạng thái "Hết hạn"
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" có tình trạng "hết hạn"

  @assumption
  Kịch bản: Chỉ hệ thống ghi nhận hồ sơ trước đã được công nhận lại
    Cho hôm nay là ngày 01/10/2026
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2026" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Khi Chủ tịch UBND tỉnh Nam Định chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Đã công nhận lại" theo hồ sơ "Bánh nhãn Mỹ Hà 2026"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền
    Và hồ sơ "Bánh nhãn Mỹ Hà" vẫn ở trạng thái "Đã công nhận"
