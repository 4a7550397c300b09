# language: vi
@R26
Tính năng: UBND xã đánh giá hồ sơ trong 15 ngày làm việc
  UBND xã đánh giá và đề nghị cấp tỉnh trong thời hạn 15 ngày làm việc kể từ ngày tiếp nhận hồ sơ (tham số
  "commune_review_working_days"). Thời hạn tính từ ngày hôm sau ngày tiếp nhận (Điều 147 Bộ luật Dân sự); ngày làm
  việc là thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, Tết và ngày nghỉ bù, cộng ngày làm bù. Quá hạn thì hồ sơ được
  đánh dấu quá hạn; khi xã đã đánh giá thì thời hạn không còn.

  @QD26_D7 @BLDS_147_148
  Khung kịch bản: Hạn đánh giá của UBND xã là ngày làm việc thứ 15 sau ngày tiếp nhận
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký
    Và hôm nay là ngày <hôm nay>
    Thì hạn UBND xã đánh giá của hồ sơ "Giò lụa Mỹ Hà" là ngày 22/06/2026, <tình trạng>
    Và hồ sơ "Giò lụa Mỹ Hà" <đánh dấu> đánh dấu quá hạn

    Dữ liệu:
      | hôm nay    | tình trạng   | đánh dấu |
      | 01/06/2026 | chưa quá hạn | không bị |
      | 22/06/2026 | chưa quá hạn | không bị |
      | 23/06/2026 | đã quá hạn   | được     |

  @QD26_D7 @BLDS_147_148
  Khung kịch bản: Ngày nghỉ lễ, Tết không tính vào 15 ngày làm việc
    Cho hôm nay là ngày <ngày tiếp nhận>
    Và hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký
    Và hôm nay là ngày <ngày cuối>
    Thì hạn UBND xã đánh giá của hồ sơ "Giò lụa Mỹ Hà" là ngày <ngày cuối>, chưa quá hạn
    Cho hôm nay là ngày <ngày sau>
    Thì hạn UBND xã đánh giá của hồ sơ "Giò lụa Mỹ Hà" là ngày <ngày cuối>, đã quá hạn

    Dữ liệu: Tết Đinh Mùi (04/02 đến 10/02/2027 là ngày nghỉ) và Quốc khánh 2026 (31/08 đến 02/09)
      | ngày tiếp nhận | ngày cuối  | ngày sau   |
      | 29/01/2027     | 26/02/2027 | 27/02/2027 |
      | 24/08/2026     | 17/09/2026 | 18/09/2026 |

  @QD26_D7 @assumption
  Kịch bản: Ngày nghỉ do quản trị viên công bố trong lịch làm việc cũng không được tính
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký
    Và ngày 05/06/2026 được công bố là ngày nghỉ trong lịch làm việc
    Thì hạn UBND xã đánh giá của hồ sơ "Giò lụa Mỹ Hà" là ngày 23/06/2026, chưa quá hạn

  @QD26_D7
  Kịch bản: Xã đã đánh giá (dù muộn) thì thời hạn của xã không còn
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được đăng ký
    Và hôm nay là ngày 25/06/2026
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Thì hạn UBND xã đánh giá của hồ sơ "Giò lụa Mỹ Hà" là không có
    Và hồ sơ "Giò lụa Mỹ Hà" không bị đánh dấu quá hạn
