# language: vi
@R26
Tính năng: Thời hạn 36 tháng của giấy chứng nhận, tính theo Bộ luật Dân sự
  Giấy chứng nhận có giá trị 36 tháng kể từ ngày ban hành (Điều 4 khoản 3, tham số "validity_months"). Ngày ban hành
  không tính; thời hạn kết thúc vào cuối ngày tương ứng của tháng cuối cùng, hoặc ngày cuối cùng của tháng đó nếu
  tháng không có ngày tương ứng (Điều 147–148 Bộ luật Dân sự 2015). Hạn cuối rơi vào ngày nghỉ không được kéo dài
  sang ngày làm việc tiếp theo (giả định, tham số "extend_validity_to_working_day").

  @QD26_D4 @BLDS_147_148
  Khung kịch bản: Ngày hết hạn của giấy chứng nhận
    Cho hôm nay là ngày 01/03/2028
    Và hồ sơ "Giò lụa Mỹ Hà" đã được công nhận <hạng> sao ngày <ngày cấp>
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" ghi ngày ký quyết định <ngày cấp>
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày <hết hạn>

    Dữ liệu:
      | hạng | ngày cấp   | hết hạn    |
      | 3    | 01/06/2026 | 01/06/2029 |
      | 4    | 31/08/2026 | 31/08/2029 |
      | 5    | 30/11/2026 | 30/11/2029 |
      | 3    | 31/05/2027 | 31/05/2030 |
      | 4    | 29/02/2028 | 28/02/2031 |

  @QD26_D4 @BLDS_147_148 @assumption
  Kịch bản: Hạn cuối rơi vào thứ Bảy không được kéo dài sang ngày làm việc tiếp theo
    Cho hôm nay là ngày 02/06/2026
    Và hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày 02/06/2029
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 02/06/2029
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Sắp hết hạn"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 03/06/2029
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hết hạn"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "hết hạn"
