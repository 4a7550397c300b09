# language: vi
@R26
Tính năng: Đợt đánh giá cấp tỉnh
  Cấp tỉnh tổ chức đánh giá, phân hạng hai đợt mỗi năm (Điều 5 khoản 1, tham số "province_rounds"): đợt 01 hoàn
  thành trước ngày 30/6 cho hồ sơ UBND xã đề nghị trước ngày 30/4; đợt 02 hoàn thành trước ngày 30/12 cho hồ sơ đề
  nghị trước ngày 30/10. "Trước ngày" hiểu chặt (giả định): hồ sơ đề nghị đúng ngày 30/4 thuộc đợt sau, và hạn quyết
  định là ngày trước ngày 30/6 (29/6). Ngày đề nghị là ngày UBND xã gửi hồ sơ (hoặc gửi lại hồ sơ đã hoàn thiện),
  không phải ngày cấp tỉnh tiếp nhận. Hạn quyết định hiển thị trên hồ sơ khi hồ sơ còn ở cấp tỉnh.

  @QD26_D5 @assumption
  Khung kịch bản: Hồ sơ được xếp vào đợt theo ngày UBND xã đề nghị
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá ngày <ngày đề nghị>
    Và hôm nay là ngày <ngày tiếp nhận>
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Giò lụa Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Thì hồ sơ "Giò lụa Mỹ Hà" được xếp vào đợt <đợt> đánh giá cấp tỉnh, đề nghị ngày <ngày đề nghị>, hạn quyết định ngày <hạn>
    Và hạn quyết định của đợt đánh giá cấp tỉnh của hồ sơ "Giò lụa Mỹ Hà" là ngày <hạn>, chưa quá hạn

    Dữ liệu:
      | ngày đề nghị | ngày tiếp nhận | đợt | hạn        |
      | 01/06/2026   | 01/06/2026     | 2   | 29/12/2026 |
      | 29/10/2026   | 29/10/2026     | 2   | 29/12/2026 |
      | 30/10/2026   | 30/10/2026     | 1   | 29/06/2027 |
      | 29/04/2027   | 05/05/2027     | 1   | 29/06/2027 |
      | 30/04/2027   | 30/04/2027     | 2   | 29/12/2027 |

  @QD26_D5 @assumption
  Kịch bản: Hồ sơ gửi lại sau khi hoàn thiện được xếp đợt theo ngày gửi lại
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá ngày 20/04/2027
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Thiếu phiếu kiểm nghiệm"
    Cho hôm nay là ngày 03/05/2027
    Khi cán bộ xã Mỹ Hà nộp lại hồ sơ "Giò lụa Mỹ Hà" đã hoàn thiện
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Giò lụa Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Thì hồ sơ "Giò lụa Mỹ Hà" được xếp vào đợt 2 đánh giá cấp tỉnh, đề nghị ngày 03/05/2027, hạn quyết định ngày 29/12/2027

  @QD26_D5
  Khung kịch bản: Hạn quyết định của đợt đánh giá cấp tỉnh và quá hạn
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
    Và hôm nay là ngày <hôm nay>
    Thì hạn quyết định của đợt đánh giá cấp tỉnh của hồ sơ "Giò lụa Mỹ Hà" là ngày 29/12/2026, <tình trạng>
    Và hồ sơ "Giò lụa Mỹ Hà" <đánh dấu> đánh dấu quá hạn

    Dữ liệu:
      | hôm nay    | tình trạng   | đánh dấu |
      | 29/12/2026 | chưa quá hạn | không bị |
      | 30/12/2026 | đã quá hạn   | được     |

  @QD26_D5
  Kịch bản: Hồ sơ đã có quyết định của Chủ tịch UBND tỉnh thì không còn hạn của đợt đánh giá cấp tỉnh
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm 75 điểm
    Thì hạn quyết định của đợt đánh giá cấp tỉnh của hồ sơ "Giò lụa Mỹ Hà" là ngày 29/12/2026, chưa quá hạn
    Khi Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì hạn quyết định của đợt đánh giá cấp tỉnh của hồ sơ "Giò lụa Mỹ Hà" là không có
