# language: vi
@R148
Tính năng: Lịch sử xử lý hồ sơ và kiểm tra toàn vẹn
  Mỗi bước xử lý hồ sơ (thao tác chuyển trạng thái và phiếu chấm điểm) được ghi vào lịch sử theo thứ tự, với người
  thực hiện, vai trò, thời điểm và lý do. Lịch sử chỉ được ghi thêm; các bản ghi nối với nhau bằng mã băm nên mọi
  chỉnh sửa trái phép đều bị phát hiện khi kiểm tra.

  @QD148_PL2
  Kịch bản: Lịch sử ghi từng bước của hồ sơ từ xã đến công nhận 4 sao ở tỉnh, và kiểm tra toàn vẹn đạt
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được đăng ký
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Nước mắm Mỹ Hà"
    Và các thành viên hội đồng cấp huyện chấm lần lượt 75; 76; 74 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Và Chủ tịch UBND huyện Mỹ Lộc gửi hồ sơ "Nước mắm Mỹ Hà" lên cấp tỉnh
    Và các thành viên hội đồng cấp tỉnh chấm lần lượt 80; 81; 79 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Nước mắm Mỹ Hà"
    Thì lịch sử hồ sơ "Nước mắm Mỹ Hà" ghi lần lượt:
      | thao tác                                  | từ trạng thái               | đến trạng thái              | người thực hiện                            |
      | Đăng ký hồ sơ sản phẩm                    | —                           | Đã đăng ký                  | cán bộ xã Mỹ Hà                            |
      | UBND xã đánh giá, gửi lên huyện           | Đã đăng ký                  | UBND xã đã đánh giá         | cán bộ xã Mỹ Hà                            |
      | Nộp phiếu chấm điểm                       | UBND xã đã đánh giá         | UBND xã đã đánh giá         | thành viên thứ 1 của hội đồng cấp huyện    |
      | Nộp phiếu chấm điểm                       | UBND xã đã đánh giá         | UBND xã đã đánh giá         | thành viên thứ 2 của hội đồng cấp huyện    |
      | Nộp phiếu chấm điểm                       | UBND xã đã đánh giá         | UBND xã đã đánh giá         | thành viên thứ 3 của hội đồng cấp huyện    |
      | Kết thúc chấm điểm                        | UBND xã đã đánh giá         | Hội đồng huyện đã chấm điểm | cán bộ Phòng NN&PTNT huyện Mỹ Lộc          |
      | Gửi hồ sơ lên cấp tỉnh                    | Hội đồng huyện đã chấm điểm | Đã gửi cấp tỉnh             | Chủ tịch UBND huyện Mỹ Lộc                 |
      | Nộp phiếu chấm điểm                       | Đã gửi cấp tỉnh             | Đã gửi cấp tỉnh             | thành viên thứ 1 của hội đồng cấp tỉnh     |
      | Nộp phiếu chấm điểm                       | Đã gửi cấp tỉnh             | Đã gửi cấp tỉnh             | thành viên thứ 2 của hội đồng cấp tỉnh     |
      | Nộp phiếu chấm điểm                       | Đã gửi cấp tỉnh             | Đã gửi cấp tỉnh             | thành viên thứ 3 của hội đồng cấp tỉnh     |
      | Kết thúc chấm điểm                        | Đã gửi cấp tỉnh             | Hội đồng tỉnh đã chấm điểm  | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Quyết định công nhận, cấp giấy chứng nhận | Hội đồng tỉnh đã chấm điểm  | Đã công nhận                | Chủ tịch UBND tỉnh Nam Định                |
    Khi kiểm toán viên tỉnh Nam Định kiểm tra tính toàn vẹn lịch sử hồ sơ "Nước mắm Mỹ Hà"
    Thì kết quả kiểm tra không phát hiện sai lệch

  @assumption
  Kịch bản: Lịch sử chỉ được ghi thêm, không sửa được
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi ai đó sửa trực tiếp người thực hiện của bản ghi số 2 trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Thì cơ sở dữ liệu từ chối sửa lịch sử
    Khi kiểm toán viên tỉnh Nam Định kiểm tra tính toàn vẹn lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả kiểm tra không phát hiện sai lệch

  @assumption
  Kịch bản: Chỉnh sửa lịch sử trái phép bị phát hiện khi kiểm tra
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Và bảng lịch sử đã bị gỡ bỏ ràng buộc chỉ ghi thêm
    Khi ai đó sửa trực tiếp người thực hiện của bản ghi số 2 trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Và kiểm toán viên tỉnh Nam Định kiểm tra tính toàn vẹn lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả kiểm tra phát hiện sai lệch ở bản ghi số 2

  @assumption
  Kịch bản: Kiểm toán viên xem lịch sử nhưng không thao tác trên hồ sơ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi kiểm toán viên tỉnh Nam Định trả lại hồ sơ "Giò lụa Mỹ Hà" để hoàn thiện với lý do "Kiểm tra"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền
    Và kiểm toán viên tỉnh Nam Định không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"
