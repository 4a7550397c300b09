# language: vi
@R26
Tính năng: Đợt đánh giá cấp Trung ương
  Cấp Trung ương tổ chức đánh giá, phân hạng hai đợt mỗi năm (Điều 5 khoản 2, tham số "central_rounds"): đợt 01
  hoàn thành trước ngày 30/9 cho hồ sơ UBND tỉnh đề nghị trước ngày 30/7; đợt 02 hoàn thành trước ngày 30/3 năm sau
  cho hồ sơ đề nghị trước ngày 30/01. "Trước ngày" hiểu chặt như ở cấp tỉnh (giả định). Ngày đề nghị là ngày Chủ
  tịch UBND tỉnh phê duyệt kết quả và gửi hồ sơ; khi hồ sơ đã ở cấp Trung ương, hạn của đợt cấp tỉnh không còn.

  @QD26_D5 @assumption
  Khung kịch bản: Hồ sơ được xếp vào đợt đánh giá cấp Trung ương theo ngày tỉnh đề nghị
    Cho hôm nay là ngày <ngày đề nghị>
    Và hồ sơ "Chè xanh Mỹ Hà" đã được hội đồng cấp tỉnh chấm 95 điểm
    Khi Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Chè xanh Mỹ Hà" lên Trung ương
    Thì hồ sơ "Chè xanh Mỹ Hà" được xếp vào đợt <đợt> đánh giá cấp Trung ương, đề nghị ngày <ngày đề nghị>, hạn quyết định ngày <hạn>
    Và hạn quyết định của đợt đánh giá cấp Trung ương của hồ sơ "Chè xanh Mỹ Hà" là ngày <hạn>, chưa quá hạn
    Và hạn quyết định của đợt đánh giá cấp tỉnh của hồ sơ "Chè xanh Mỹ Hà" là không có

    Dữ liệu:
      | ngày đề nghị | đợt | hạn        |
      | 01/06/2026   | 1   | 29/09/2026 |
      | 29/07/2026   | 1   | 29/09/2026 |
      | 30/07/2026   | 2   | 29/03/2027 |
      | 29/01/2027   | 2   | 29/03/2027 |
      | 30/01/2027   | 1   | 29/09/2027 |

  @QD26_D5
  Kịch bản: Quá hạn quyết định của đợt đánh giá cấp Trung ương
    Cho hồ sơ "Chè xanh Mỹ Hà" đã được gửi lên Trung ương
    Và hôm nay là ngày 30/09/2026
    Thì hạn quyết định của đợt đánh giá cấp Trung ương của hồ sơ "Chè xanh Mỹ Hà" là ngày 29/09/2026, đã quá hạn
    Và hồ sơ "Chè xanh Mỹ Hà" được đánh dấu quá hạn
