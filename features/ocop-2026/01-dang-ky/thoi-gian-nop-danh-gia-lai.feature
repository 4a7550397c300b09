# language: vi
@R26
Tính năng: Thời gian nộp hồ sơ đánh giá lại (phân hạng lại)
  Hồ sơ đánh giá lại được nộp không sớm hơn 180 ngày và không muộn hơn 120 ngày tính đến ngày hết thời hạn của
  giấy chứng nhận (tham số "renewal_window_opens_days", "renewal_window_closes_days"). Nộp sớm hơn thì không được
  tiếp nhận; nộp muộn hơn vẫn được tiếp nhận nhưng hồ sơ được đánh dấu nộp muộn (giả định: văn bản không quy định
  từ chối hồ sơ nộp muộn).

  Giấy chứng nhận 3 sao của "Bánh nhãn Mỹ Hà" do UBND tỉnh Nam Định cấp ngày 15/03/2024, có giá trị đến hết ngày
  15/03/2027: thời gian nộp hồ sơ đánh giá lại từ ngày 16/09/2026 đến ngày 15/11/2026.

  Bối cảnh:
    Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 3 sao do UBND tỉnh Nam Định cấp ngày 15/03/2024

  @QD26_D7
  Kịch bản: Nộp hồ sơ đánh giá lại sớm hơn 180 ngày trước khi hết hạn thì không được tiếp nhận
    Cho hôm nay là ngày 15/09/2026
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Bánh nhãn Mỹ Hà 2026" với thông tin:
      | loại đăng ký | đánh giá lại    |
      | hồ sơ trước  | Bánh nhãn Mỹ Hà |
    Thì thao tác bị từ chối với lý do "renewal_too_early"

  @QD26_D7
  Khung kịch bản: Nộp hồ sơ đánh giá lại trong thời gian quy định
    Cho hôm nay là ngày <ngày nộp>
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Bánh nhãn Mỹ Hà 2026" với thông tin:
      | loại đăng ký | đánh giá lại    |
      | hồ sơ trước  | Bánh nhãn Mỹ Hà |
    Thì hồ sơ "Bánh nhãn Mỹ Hà 2026" ở trạng thái "Đã đăng ký"
    Và thời gian nộp hồ sơ đánh giá lại của hồ sơ "Bánh nhãn Mỹ Hà 2026" là từ ngày 16/09/2026 đến ngày 15/11/2026
    Và hồ sơ "Bánh nhãn Mỹ Hà 2026" không bị đánh dấu nộp hồ sơ đánh giá lại muộn

    Dữ liệu:
      | ngày nộp   |
      | 16/09/2026 |
      | 15/11/2026 |

  @QD26_D7 @assumption
  Kịch bản: Nộp hồ sơ đánh giá lại muộn hơn 120 ngày trước khi hết hạn thì được tiếp nhận và đánh dấu nộp muộn
    Cho hôm nay là ngày 16/11/2026
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Bánh nhãn Mỹ Hà 2026" với thông tin:
      | loại đăng ký | đánh giá lại    |
      | hồ sơ trước  | Bánh nhãn Mỹ Hà |
    Thì hồ sơ "Bánh nhãn Mỹ Hà 2026" ở trạng thái "Đã đăng ký"
    Và hồ sơ "Bánh nhãn Mỹ Hà 2026" được đánh dấu nộp hồ sơ đánh giá lại muộn

  @QD26_D7 @assumption
  Khung kịch bản: Giấy chứng nhận đã hết hạn vẫn được đánh giá lại (nộp muộn), không được nâng hạng
    Cho hôm nay là ngày 01/04/2027
    Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Hết hạn"
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Bánh nhãn Mỹ Hà 2027" với thông tin:
      | loại đăng ký | <loại đăng ký>  |
      | hồ sơ trước  | Bánh nhãn Mỹ Hà |
    Thì <kết quả>

    Dữ liệu:
      | loại đăng ký | kết quả                                                                        |
      | đánh giá lại | hồ sơ "Bánh nhãn Mỹ Hà 2027" được đánh dấu nộp hồ sơ đánh giá lại muộn         |
      | nâng hạng    | thao tác bị từ chối với lý do "previous_dossier_state"                         |
