# language: vi
@R148
Tính năng: Đánh giá lại (công nhận lại) sản phẩm
  Khi hồ sơ đánh giá lại được công nhận, hệ thống chuyển hồ sơ trước sang "Đã công nhận lại" (nếu hồ sơ trước đang
  "Đã công nhận" hoặc "Sắp hết hạn") trong cùng giao dịch, và giấy chứng nhận cũ được thay thế. Hồ sơ trước đã
  "Hết hạn" thì giữ nguyên trạng thái, dòng sản phẩm vẫn cho thấy hồ sơ kế tiếp.

  Bối cảnh:
    Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 3 sao do UBND huyện Mỹ Lộc cấp ngày 15/03/2022

  @assumption
  Kịch bản: Đánh giá lại khi giấy chứng nhận sắp hết hạn: hồ sơ trước được công nhận lại
    Cho hôm nay là ngày 01/10/2024
    Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2024" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Khi 4 thành viên hội đồng cấp huyện chấm 66 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Bánh nhãn Mỹ Hà 2024"
    Và Chủ tịch UBND huyện Mỹ Lộc quyết định công nhận hồ sơ "Bánh nhãn Mỹ Hà 2024"
    Thì hồ sơ "Bánh nhãn Mỹ Hà 2024" ở trạng thái "Đã công nhận"
    Và hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Đã công nhận lại"
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" có tình trạng "đã được thay thế"
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà 2024" có tình trạng "còn hiệu lực"
    Và lịch sử hồ sơ "Bánh nhãn Mỹ Hà" ghi lần lượt:
      | thao tác                    | từ trạng thái | đến trạng thái    | người thực hiện             |
      | Nhập giấy chứng nhận đã cấp | —             | Đã công nhận      | quản trị viên tỉnh Nam Định |
      | Sắp hết hạn                 | Đã công nhận  | Sắp hết hạn       | hệ thống                    |
      | Đã công nhận lại            | Sắp hết hạn   | Đã công nhận lại  | hệ thống                    |

  @assumption
  Kịch bản: Đánh giá lại sau khi giấy chứng nhận đã hết hạn: hồ sơ trước vẫn hết hạn
    Cho hôm nay là ngày 01/04/2025
    Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Hết hạn"
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2025" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Khi 4 thành viên hội đồng cấp huyện chấm 58 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Bánh nhãn Mỹ Hà 2025"
    Và Chủ tịch UBND huyện Mỹ Lộc quyết định công nhận hồ sơ "Bánh nhãn Mỹ Hà 2025"
    Thì hồ sơ "Bánh nhãn Mỹ Hà 2025" ở trạng thái "Đã công nhận"
    Và hồ sơ "Bánh nhãn Mỹ Hà" vẫn ở trạng thái "Hết hạn"

  @assumption
  Kịch bản: Chỉ hệ thống ghi nhận hồ sơ trước đã được công nhận lại
    Cho hôm nay là ngày 01/10/2024
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2024" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Khi Chủ tịch UBND huyện Mỹ Lộc chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Đã công nhận lại" theo hồ sơ "Bánh nhãn Mỹ Hà 2024"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền
    Và hồ sơ "Bánh nhãn Mỹ Hà" vẫn ở trạng thái "Đã công nhận"
