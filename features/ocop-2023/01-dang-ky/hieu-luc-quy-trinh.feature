# language: vi
@R148
Tính năng: Quy trình áp dụng theo ngày nộp hồ sơ
  Quy trình ocop-2023 (Quyết định 148/QĐ-TTg) áp dụng cho hồ sơ nộp từ 24/02/2023 đến 05/07/2025;
  từ 06/07/2025, Quyết định 1489/QĐ-TTg bỏ cấp huyện. Hồ sơ đăng ký theo quy trình ngoài thời gian hiệu lực
  (dữ liệu cũ, tập huấn) vẫn được nhận nhưng được đánh dấu để mọi màn hình hiển thị cảnh báo.

  Bối cảnh:
    Cho hôm nay là ngày 01/08/2025

  @QD148 @QD1489
  Khung kịch bản: Hồ sơ được đánh dấu theo thời gian hiệu lực của quy trình ocop-2023
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp | <ngày nộp> |
    Thì hồ sơ "Giò lụa Mỹ Hà" thuộc quy trình "ocop-2023" và được đánh dấu <đánh dấu> của quy trình

    Dữ liệu:
      | ngày nộp   | đánh dấu                 |
      | 23/02/2023 | ngoài thời gian hiệu lực |
      | 24/02/2023 | trong thời gian hiệu lực |
      | 05/07/2025 | trong thời gian hiệu lực |
      | 06/07/2025 | ngoài thời gian hiệu lực |

  @QD148
  Kịch bản: Không chọn quy trình thì hệ thống chọn quy trình có hiệu lực vào ngày nộp
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp  | 01/06/2024    |
      | quy trình | (không chọn)  |
    Thì hồ sơ "Giò lụa Mỹ Hà" thuộc quy trình "ocop-2023" và được đánh dấu trong thời gian hiệu lực của quy trình

  @QD1489
  Kịch bản: Không có quy trình nào có hiệu lực vào ngày nộp trong giai đoạn Quyết định 1489
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp  | 01/08/2025   |
      | quy trình | (không chọn) |
    Thì thao tác bị từ chối vì không có quy trình nào có hiệu lực vào ngày nộp

  @assumption
  Kịch bản: Ngày nộp không được ở tương lai
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
      | ngày nộp | 02/08/2025 |
    Thì thao tác bị từ chối vì ngày nộp ở tương lai
