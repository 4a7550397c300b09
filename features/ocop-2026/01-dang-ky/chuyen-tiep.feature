# language: vi
@R26
Tính năng: Quy trình áp dụng theo ngày nộp hồ sơ và quy định chuyển tiếp
  Quyết định 26/2026/QĐ-TTg có hiệu lực từ ngày 22/05/2026: hồ sơ nộp từ ngày đó được xử lý theo quy trình
  ocop-2026. Hồ sơ nộp trước ngày 22/05/2026 mà chưa có quyết định thì tiếp tục xử lý theo quy trình đã nộp
  (ocop-2023) và phải có quyết định chậm nhất ngày 21/07/2026 (đăng ký lần đầu, nâng hạng) hoặc 21/06/2026
  (đánh giá lại). Giai đoạn Quyết định 1489/QĐ-TTg (06/07/2025 – 21/05/2026) chưa có quy trình trên hệ thống.

  @QD26_D11_12
  Khung kịch bản: Không chọn quy trình thì hệ thống chọn quy trình có hiệu lực vào ngày nộp
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp  | <ngày nộp>   |
      | quy trình | (không chọn) |
    Thì hồ sơ "Giò lụa Mỹ Hà" thuộc quy trình "<quy trình>" và được đánh dấu trong thời gian hiệu lực của quy trình

    Dữ liệu:
      | ngày nộp   | quy trình |
      | 22/05/2026 | ocop-2026 |
      | 01/06/2026 | ocop-2026 |
      | 01/06/2024 | ocop-2023 |

  @QD26_D11_12 @QD1489
  Kịch bản: Không có quy trình nào có hiệu lực vào ngày nộp trước 22/05/2026 trong giai đoạn Quyết định 1489
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp  | 21/05/2026   |
      | quy trình | (không chọn) |
    Thì thao tác bị từ chối vì không có quy trình nào có hiệu lực vào ngày nộp

  @QD26_D11_12 @assumption
  Kịch bản: Hồ sơ đăng ký theo quy trình ocop-2026 với ngày nộp trước 22/05/2026 được đánh dấu ngoài thời gian hiệu lực
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp | 21/05/2026 |
    Thì hồ sơ "Giò lụa Mỹ Hà" thuộc quy trình "ocop-2026" và được đánh dấu ngoài thời gian hiệu lực của quy trình

  @QD26_D11_12
  Khung kịch bản: Hồ sơ nộp ngày 01/05/2026 tiếp tục theo quy trình ocop-2023, hạn quyết định 21/07/2026
    Cho hôm nay là ngày 01/05/2026
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp  | 01/05/2026 |
      | quy trình | ocop-2023  |
    Và cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Cho hôm nay là ngày <hôm nay>
    Thì hồ sơ "Giò lụa Mỹ Hà" thuộc quy trình "ocop-2023" và được đánh dấu ngoài thời gian hiệu lực của quy trình
    Và hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "UBND xã đã đánh giá"
    Và hạn quyết định chuyển tiếp của hồ sơ "Giò lụa Mỹ Hà" là <hạn>

    Dữ liệu:
      | hôm nay    | hạn                           |
      | 21/05/2026 | không có                      |
      | 22/05/2026 | ngày 21/07/2026, chưa quá hạn |
      | 21/07/2026 | ngày 21/07/2026, chưa quá hạn |
      | 22/07/2026 | ngày 21/07/2026, đã quá hạn   |

  @QD26_D11_12
  Kịch bản: Hồ sơ chuyển tiếp được quyết định theo quy trình ocop-2023 thì không còn hạn chuyển tiếp
    Cho hôm nay là ngày 01/05/2026
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp  | 01/05/2026 |
      | quy trình | ocop-2023  |
    Và cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Giò lụa Mỹ Hà"
    Cho hôm nay là ngày 15/07/2026
    Khi 4 thành viên hội đồng cấp huyện chấm 60 điểm cho hồ sơ "Giò lụa Mỹ Hà"
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Và Chủ tịch UBND huyện Mỹ Lộc quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận"
    Và hạn quyết định chuyển tiếp của hồ sơ "Giò lụa Mỹ Hà" là không có
