# language: vi
@R26
Tính năng: Lịch sử xử lý hồ sơ theo quy trình ocop-2026 và kiểm tra toàn vẹn
  Mỗi bước xử lý hồ sơ (thao tác chuyển trạng thái, phiếu đánh giá, đề nghị chấm lại, kết luận) được ghi vào lịch
  sử theo thứ tự, với người thực hiện và lý do. Lịch sử chỉ được ghi thêm; các bản ghi nối với nhau bằng mã băm nên
  mọi chỉnh sửa trái phép đều bị phát hiện khi kiểm tra.

  @QD26_D7
  Kịch bản: Lịch sử ghi từng bước của hồ sơ từ xã, tỉnh đến công nhận 5 sao ở Trung ương, và kiểm tra toàn vẹn đạt
    Cho hồ sơ "Chè xanh Mỹ Hà" đã được đăng ký
    Khi cán bộ xã Mỹ Hà gửi báo cáo đánh giá của UBND xã cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Chè xanh Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Chè xanh Mỹ Hà"
    Và các thành viên hội đồng cấp tỉnh chấm lần lượt 92; 94; 93 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Chè xanh Mỹ Hà" lên Trung ương
    Và các thành viên hội đồng cấp Trung ương chấm lần lượt 91; 95; 96 điểm cho hồ sơ "Chè xanh Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Chè xanh Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định công nhận hồ sơ "Chè xanh Mỹ Hà"
    Thì kết quả chấm điểm cấp Trung ương là 94,00 điểm, hạng 5 sao, tính trên 3 phiếu, vòng 1, đạt 5 sao theo yêu cầu tối thiểu
    Và giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" hạng 5 sao do Bộ Nông nghiệp và Môi trường cấp
    Và lịch sử hồ sơ "Chè xanh Mỹ Hà" ghi lần lượt:
      | thao tác                                            | từ trạng thái                          | đến trạng thái                          | người thực hiện                            |
      | Tiếp nhận hồ sơ sản phẩm                            | —                                      | Đã đăng ký                              | cán bộ xã Mỹ Hà                            |
      | UBND xã đánh giá, đề nghị cấp tỉnh                  | Đã đăng ký                             | UBND xã đã đánh giá, đề nghị cấp tỉnh   | cán bộ xã Mỹ Hà                            |
      | Tiếp nhận hồ sơ vào đợt đánh giá cấp tỉnh           | UBND xã đã đánh giá, đề nghị cấp tỉnh  | Cấp tỉnh đã tiếp nhận hồ sơ             | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Ghi nhận báo cáo đánh giá của Tổ tư vấn             | Cấp tỉnh đã tiếp nhận hồ sơ            | Tổ tư vấn đã đánh giá                   | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Nộp phiếu đánh giá                                  | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                   | thành viên thứ 1 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                                  | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                   | thành viên thứ 2 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                                  | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                   | thành viên thứ 3 của hội đồng cấp tỉnh     |
      | Kết thúc chấm điểm                                  | Tổ tư vấn đã đánh giá                  | Hội đồng tỉnh đã chấm điểm              | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Phê duyệt kết quả, gửi Bộ Nông nghiệp và Môi trường | Hội đồng tỉnh đã chấm điểm             | Đã gửi Bộ Nông nghiệp và Môi trường     | Chủ tịch UBND tỉnh Nam Định                |
      | Nộp phiếu đánh giá                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Đã gửi Bộ Nông nghiệp và Môi trường     | thành viên thứ 1 của hội đồng cấp Trung ương |
      | Nộp phiếu đánh giá                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Đã gửi Bộ Nông nghiệp và Môi trường     | thành viên thứ 2 của hội đồng cấp Trung ương |
      | Nộp phiếu đánh giá                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Đã gửi Bộ Nông nghiệp và Môi trường     | thành viên thứ 3 của hội đồng cấp Trung ương |
      | Kết thúc chấm điểm                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Hội đồng Trung ương đã chấm điểm        | cán bộ Văn phòng Điều phối NTM Trung ương  |
      | Quyết định công nhận, cấp giấy chứng nhận           | Hội đồng Trung ương đã chấm điểm       | Đã công nhận                            | Bộ trưởng Bộ Nông nghiệp và Môi trường     |
    Khi kiểm toán viên tỉnh Nam Định kiểm tra tính toàn vẹn lịch sử hồ sơ "Chè xanh Mỹ Hà"
    Thì kết quả kiểm tra không phát hiện sai lệch

  @QD26_D7
  Kịch bản: Lịch sử ghi việc trả lại, chấm lại, trả về cấp tỉnh và quyết định của tỉnh theo kết quả Trung ương
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định trả lại hồ sơ "Nước mắm Mỹ Hà" để hoàn thiện với lý do "Thiếu phiếu kiểm nghiệm"
    Và cán bộ xã Mỹ Hà nộp lại hồ sơ "Nước mắm Mỹ Hà" đã hoàn thiện
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Nước mắm Mỹ Hà" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Nước mắm Mỹ Hà"
    Và các thành viên hội đồng cấp tỉnh chấm lần lượt 90; 91; 92 điểm cho hồ sơ "Nước mắm Mỹ Hà"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Và Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Nước mắm Mỹ Hà" lên Trung ương
    Và các thành viên hội đồng cấp Trung ương chấm lần lượt 75; 87; 88 điểm cho hồ sơ "Nước mắm Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương đề nghị hội đồng chấm lại với lý do "Điểm lệch 13 điểm"
    Và thành viên thứ 1 của hội đồng cấp Trung ương chấm lại 84 điểm cho hồ sơ "Nước mắm Mỹ Hà"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Nước mắm Mỹ Hà" về cấp tỉnh với lý do "Chưa đạt 90 điểm"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Nước mắm Mỹ Hà"
    Thì kết quả chấm điểm cấp Trung ương là 86,33 điểm, hạng 4 sao, tính trên 3 phiếu
    Và giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà" hạng 4 sao do UBND tỉnh Nam Định cấp
    Và lịch sử hồ sơ "Nước mắm Mỹ Hà" ghi lần lượt:
      | thao tác                                            | từ trạng thái                          | đến trạng thái                          | người thực hiện                              |
      | Tiếp nhận hồ sơ sản phẩm                            | —                                      | Đã đăng ký                              | cán bộ xã Mỹ Hà                              |
      | UBND xã đánh giá, đề nghị cấp tỉnh                  | Đã đăng ký                             | UBND xã đã đánh giá, đề nghị cấp tỉnh   | cán bộ xã Mỹ Hà                              |
      | Thông báo, hướng dẫn hoàn thiện hồ sơ               | UBND xã đã đánh giá, đề nghị cấp tỉnh  | Trả lại để hoàn thiện                   | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định   |
      | Gửi lại hồ sơ đã hoàn thiện                         | Trả lại để hoàn thiện                  | UBND xã đã đánh giá, đề nghị cấp tỉnh   | cán bộ xã Mỹ Hà                              |
      | Tiếp nhận hồ sơ vào đợt đánh giá cấp tỉnh           | UBND xã đã đánh giá, đề nghị cấp tỉnh  | Cấp tỉnh đã tiếp nhận hồ sơ             | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định   |
      | Ghi nhận báo cáo đánh giá của Tổ tư vấn             | Cấp tỉnh đã tiếp nhận hồ sơ            | Tổ tư vấn đã đánh giá                   | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định   |
      | Nộp phiếu đánh giá                                  | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                   | thành viên thứ 1 của hội đồng cấp tỉnh       |
      | Nộp phiếu đánh giá                                  | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                   | thành viên thứ 2 của hội đồng cấp tỉnh       |
      | Nộp phiếu đánh giá                                  | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                   | thành viên thứ 3 của hội đồng cấp tỉnh       |
      | Kết thúc chấm điểm                                  | Tổ tư vấn đã đánh giá                  | Hội đồng tỉnh đã chấm điểm              | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định   |
      | Phê duyệt kết quả, gửi Bộ Nông nghiệp và Môi trường | Hội đồng tỉnh đã chấm điểm             | Đã gửi Bộ Nông nghiệp và Môi trường     | Chủ tịch UBND tỉnh Nam Định                  |
      | Nộp phiếu đánh giá                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Đã gửi Bộ Nông nghiệp và Môi trường     | thành viên thứ 1 của hội đồng cấp Trung ương |
      | Nộp phiếu đánh giá                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Đã gửi Bộ Nông nghiệp và Môi trường     | thành viên thứ 2 của hội đồng cấp Trung ương |
      | Nộp phiếu đánh giá                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Đã gửi Bộ Nông nghiệp và Môi trường     | thành viên thứ 3 của hội đồng cấp Trung ương |
      | Đề nghị chấm lại                                    | Đã gửi Bộ Nông nghiệp và Môi trường    | Đã gửi Bộ Nông nghiệp và Môi trường     | cán bộ Văn phòng Điều phối NTM Trung ương    |
      | Nộp phiếu đánh giá                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Đã gửi Bộ Nông nghiệp và Môi trường     | thành viên thứ 1 của hội đồng cấp Trung ương |
      | Kết thúc chấm điểm                                  | Đã gửi Bộ Nông nghiệp và Môi trường    | Hội đồng Trung ương đã chấm điểm        | cán bộ Văn phòng Điều phối NTM Trung ương    |
      | Thông báo kết quả, trả về cấp tỉnh                  | Hội đồng Trung ương đã chấm điểm       | Hội đồng tỉnh đã chấm điểm              | Bộ trưởng Bộ Nông nghiệp và Môi trường       |
      | Quyết định công nhận, cấp giấy chứng nhận           | Hội đồng tỉnh đã chấm điểm             | Đã công nhận                            | Chủ tịch UBND tỉnh Nam Định                  |
    Và lịch sử hồ sơ "Nước mắm Mỹ Hà" ghi lý do "Chưa đạt 90 điểm" cho thao tác "Thông báo kết quả, trả về cấp tỉnh"
    Và lịch sử hồ sơ "Nước mắm Mỹ Hà" ghi lý do "Thiếu phiếu kiểm nghiệm" cho thao tác "Thông báo, hướng dẫn hoàn thiện hồ sơ"

  @QD26_PL2
  Kịch bản: Lịch sử ghi việc loại hồ sơ, phiếu đã nộp vẫn còn trong lịch sử
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá
    Khi thành viên thứ 1 của hội đồng cấp tỉnh chấm 70 điểm cho hồ sơ "Giò lụa Mỹ Hà"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định loại hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
    Thì lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lần lượt:
      | thao tác                                  | từ trạng thái                          | đến trạng thái                         | người thực hiện                            |
      | Tiếp nhận hồ sơ sản phẩm                  | —                                      | Đã đăng ký                             | cán bộ xã Mỹ Hà                            |
      | UBND xã đánh giá, đề nghị cấp tỉnh        | Đã đăng ký                             | UBND xã đã đánh giá, đề nghị cấp tỉnh  | cán bộ xã Mỹ Hà                            |
      | Tiếp nhận hồ sơ vào đợt đánh giá cấp tỉnh | UBND xã đã đánh giá, đề nghị cấp tỉnh  | Cấp tỉnh đã tiếp nhận hồ sơ            | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Ghi nhận báo cáo đánh giá của Tổ tư vấn   | Cấp tỉnh đã tiếp nhận hồ sơ            | Tổ tư vấn đã đánh giá                  | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Nộp phiếu đánh giá                        | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 1 của hội đồng cấp tỉnh     |
      | Loại hồ sơ                                | Tổ tư vấn đã đánh giá                  | Không đạt                              | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
    Khi kiểm toán viên tỉnh Nam Định kiểm tra tính toàn vẹn lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả kiểm tra không phát hiện sai lệch

  @assumption
  Kịch bản: Chỉnh sửa lịch sử hồ sơ ocop-2026 trái phép bị phát hiện khi kiểm tra
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
    Và bảng lịch sử đã bị gỡ bỏ ràng buộc chỉ ghi thêm
    Khi ai đó sửa trực tiếp người thực hiện của bản ghi số 3 trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Và kiểm toán viên tỉnh Nam Định kiểm tra tính toàn vẹn lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả kiểm tra phát hiện sai lệch ở bản ghi số 3
