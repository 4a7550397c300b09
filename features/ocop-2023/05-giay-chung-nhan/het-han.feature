# language: vi
@R148
Tính năng: Sắp hết hạn và hết hạn
  Giấy chứng nhận chuyển sang "Sắp hết hạn" từ 180 ngày trước ngày hết hạn (thời điểm mở hồ sơ đánh giá lại theo
  Quyết định 26/2026/QĐ-TTg, áp dụng cho mọi giấy chứng nhận) và sang "Hết hạn" từ ngày sau ngày hết hạn.
  Chỉ hệ thống (lịch chạy hằng ngày) thực hiện hai việc này; lần chạy muộn ghi đủ cả hai.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao ngày 03/06/2024

  @QD26_D7
  Kịch bản: Thời gian sắp hết hạn bắt đầu 180 ngày trước ngày hết hạn
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày 03/06/2027
    Và thời hạn sắp hết của giấy chứng nhận hồ sơ "Giò lụa Mỹ Hà" bắt đầu từ ngày 05/12/2026

  @QD26_D7
  Kịch bản: Trước ngày bắt đầu, hệ thống không chuyển hồ sơ sang sắp hết hạn
    Cho hôm nay là ngày 04/12/2026
    Khi hệ thống chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Thì thao tác bị từ chối với lý do "not_yet_expiring"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Đã công nhận"

  @QD26_D7
  Kịch bản: Từ ngày bắt đầu, hệ thống chuyển hồ sơ sang sắp hết hạn
    Cho hôm nay là ngày 05/12/2026
    Khi hệ thống chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Sắp hết hạn"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "sắp hết hạn"

  @QD148 @BLDS_147_148
  Kịch bản: Trong ngày hết hạn, giấy chứng nhận vẫn còn giá trị
    Cho hôm nay là ngày 03/06/2027
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Khi hệ thống chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Hết hạn"
    Thì thao tác bị từ chối với lý do "still_valid"

  @QD148 @BLDS_147_148
  Kịch bản: Từ ngày sau ngày hết hạn, hệ thống chuyển hồ sơ sang hết hạn
    Cho hôm nay là ngày 04/06/2027
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Khi hệ thống chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Hết hạn"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hết hạn"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "hết hạn"
    Và Chủ tịch UBND huyện Mỹ Lộc không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

  @QD26_D7
  Khung kịch bản: Chỉ hệ thống chuyển hồ sơ sang sắp hết hạn
    Cho hôm nay là ngày 05/12/2026
    Khi <người> chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    Dữ liệu:
      | người                             |
      | Chủ tịch UBND huyện Mỹ Lộc        |
      | cán bộ Phòng NN&PTNT huyện Mỹ Lộc |
      | quản trị viên tỉnh Nam Định       |

  @QD148 @QD26_D7
  Kịch bản: Lịch chạy hằng ngày của hệ thống chuyển hồ sơ đúng ngày
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 04/12/2026
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 05/12/2026
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Sắp hết hạn"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 03/06/2027
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Sắp hết hạn"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 04/06/2027
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hết hạn"

  @QD148 @QD26_D7
  Kịch bản: Hệ thống chạy muộn ghi đủ cả hai thao tác trong một lần chạy
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 01/01/2028
    Thì hệ thống ghi 2 thao tác theo thời hạn cho hồ sơ "Giò lụa Mỹ Hà"
    Và hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hết hạn"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lần lượt:
      | thao tác                                  | từ trạng thái               | đến trạng thái              | người thực hiện                      |
      | Đăng ký hồ sơ sản phẩm                    | —                           | Đã đăng ký                  | cán bộ xã Mỹ Hà                      |
      | UBND xã đánh giá, gửi lên huyện           | Đã đăng ký                  | UBND xã đã đánh giá         | cán bộ xã Mỹ Hà                      |
      | Nộp phiếu chấm điểm                       | UBND xã đã đánh giá         | UBND xã đã đánh giá         | thành viên thứ 1 của hội đồng cấp huyện |
      | Nộp phiếu chấm điểm                       | UBND xã đã đánh giá         | UBND xã đã đánh giá         | thành viên thứ 2 của hội đồng cấp huyện |
      | Nộp phiếu chấm điểm                       | UBND xã đã đánh giá         | UBND xã đã đánh giá         | thành viên thứ 3 của hội đồng cấp huyện |
      | Nộp phiếu chấm điểm                       | UBND xã đã đánh giá         | UBND xã đã đánh giá         | thành viên thứ 4 của hội đồng cấp huyện |
      | Kết thúc chấm điểm                        | UBND xã đã đánh giá         | Hội đồng huyện đã chấm điểm | cán bộ Phòng NN&PTNT huyện Mỹ Lộc    |
      | Quyết định công nhận, cấp giấy chứng nhận | Hội đồng huyện đã chấm điểm | Đã công nhận                | Chủ tịch UBND huyện Mỹ Lộc           |
      | Sắp hết hạn                               | Đã công nhận                | Sắp hết hạn                 | hệ thống                             |
      | Hết hạn                                   | Sắp hết hạn                 | Hết hạn                     | hệ thống                             |
