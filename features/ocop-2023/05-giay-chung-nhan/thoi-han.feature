# language: vi
@R148
Tính năng: Thời hạn 36 tháng của giấy chứng nhận, tính theo Bộ luật Dân sự
  Giấy chứng nhận có giá trị 36 tháng kể từ ngày cấp. Ngày cấp không tính; thời hạn kết thúc vào cuối ngày tương
  ứng của tháng cuối cùng, hoặc ngày cuối cùng của tháng đó nếu tháng không có ngày tương ứng (Điều 147–148 Bộ luật
  Dân sự 2015). Hạn cuối rơi vào ngày nghỉ cũng không được kéo dài sang ngày làm việc tiếp theo (giả định).

  @QD148 @BLDS_147_148
  Khung kịch bản: Ngày hết hạn của giấy chứng nhận
    Cho hôm nay là ngày 01/07/2024
    Và hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao ngày <ngày cấp>
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày <hết hạn>

    Dữ liệu:
      | ngày cấp   | hết hạn    |
      | 03/06/2024 | 03/06/2027 |
      | 29/02/2024 | 28/02/2027 |
      | 31/05/2023 | 31/05/2026 |
      | 30/11/2023 | 30/11/2026 |
      | 31/12/2023 | 31/12/2026 |
      | 31/03/2024 | 31/03/2027 |

  @BLDS_147_148 @assumption
  Kịch bản: Hạn cuối rơi vào Chủ nhật không được kéo dài sang ngày làm việc tiếp theo
    Cho hôm nay là ngày 29/02/2024
    Và hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày 28/02/2027
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 28/02/2027
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Sắp hết hạn"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 01/03/2027
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hết hạn"
