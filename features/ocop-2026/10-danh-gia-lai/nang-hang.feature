# language: vi
@R26
Tính năng: Nâng hạng sản phẩm
  Hồ sơ nâng hạng được đánh giá như hồ sơ lần đầu (Điều 7 khoản 5). Chỉ được công nhận khi đạt hạng cao hơn giấy
  chứng nhận hiện có; nếu không, Chủ tịch UBND tỉnh quyết định không công nhận và giấy chứng nhận hiện có vẫn còn
  hiệu lực. Khi hồ sơ nâng hạng được công nhận, hệ thống chuyển hồ sơ trước sang "Đã công nhận lại" trong cùng giao
  dịch và giấy chứng nhận cũ được thay thế.

  @QD26_D7
  Kịch bản: Nâng hạng từ 3 sao lên 4 sao: giấy chứng nhận cũ được thay thế
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Và hồ sơ nâng hạng "Giò lụa Mỹ Hà nâng hạng" của hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Giò lụa Mỹ Hà nâng hạng" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và 4 thành viên hội đồng cấp tỉnh chấm 78 điểm cho hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà nâng hạng" hạng 4 sao do UBND tỉnh Nam Định cấp
    Và hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận lại"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "đã được thay thế"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi hồ sơ kế tiếp "Giò lụa Mỹ Hà nâng hạng"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lần lượt:
      | thao tác                                  | từ trạng thái                          | đến trạng thái                         | người thực hiện                            |
      | Tiếp nhận hồ sơ sản phẩm                  | —                                      | Đã đăng ký                             | cán bộ xã Mỹ Hà                            |
      | UBND xã đánh giá, đề nghị cấp tỉnh        | Đã đăng ký                             | UBND xã đã đánh giá, đề nghị cấp tỉnh  | cán bộ xã Mỹ Hà                            |
      | Tiếp nhận hồ sơ vào đợt đánh giá cấp tỉnh | UBND xã đã đánh giá, đề nghị cấp tỉnh  | Cấp tỉnh đã tiếp nhận hồ sơ            | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Ghi nhận báo cáo đánh giá của Tổ tư vấn   | Cấp tỉnh đã tiếp nhận hồ sơ            | Tổ tư vấn đã đánh giá                  | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Nộp phiếu đánh giá                        | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 1 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                        | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 2 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                        | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 3 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                        | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 4 của hội đồng cấp tỉnh     |
      | Kết thúc chấm điểm                        | Tổ tư vấn đã đánh giá                  | Hội đồng tỉnh đã chấm điểm             | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Quyết định công nhận, cấp giấy chứng nhận | Hội đồng tỉnh đã chấm điểm             | Đã công nhận                           | Chủ tịch UBND tỉnh Nam Định                |
      | Đã công nhận lại                          | Đã công nhận                           | Đã công nhận lại                       | hệ thống                                   |

  @QD26_D7
  Kịch bản: Kết quả nâng hạng không cao hơn hạng hiện có thì không công nhận, giấy chứng nhận hiện có giữ nguyên
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Và hồ sơ nâng hạng "Giò lụa Mỹ Hà nâng hạng" của hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Giò lụa Mỹ Hà nâng hạng" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và 4 thành viên hội đồng cấp tỉnh chấm 65 điểm cho hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Thì thao tác bị từ chối với lý do "upgrade_not_higher"
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "không công nhận" đối với hồ sơ "Giò lụa Mỹ Hà nâng hạng"
    Khi Chủ tịch UBND tỉnh Nam Định quyết định không công nhận hồ sơ "Giò lụa Mỹ Hà nâng hạng" với lý do "Không cao hơn hạng hiện có"
    Thì hồ sơ "Giò lụa Mỹ Hà nâng hạng" ở trạng thái "Không đạt"
    Và hồ sơ "Giò lụa Mỹ Hà nâng hạng" không có giấy chứng nhận
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "còn hiệu lực"

  @QD26_PL2 @QD26_D7
  Kịch bản: Nâng hạng 4 sao đạt từ 90 điểm nhưng chưa đạt yêu cầu tối thiểu 5 sao thì không công nhận
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được công nhận 4 sao
    Và hồ sơ nâng hạng "Nước mắm Mỹ Hà nâng hạng" của hồ sơ "Nước mắm Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Nước mắm Mỹ Hà nâng hạng" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và 4 thành viên hội đồng cấp tỉnh chấm 92 điểm cho hồ sơ "Nước mắm Mỹ Hà nâng hạng", không đạt yêu cầu tối thiểu 5 sao ở tiêu chí 4.1
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Thì kết quả chấm điểm cấp tỉnh là 92,00 điểm, hạng 5 sao, đạt 4 sao theo yêu cầu tối thiểu
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "không công nhận" đối với hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Khi Chủ tịch UBND tỉnh Nam Định quyết định không công nhận hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Thì hồ sơ "Nước mắm Mỹ Hà nâng hạng" ở trạng thái "Không đạt"
    Và hồ sơ "Nước mắm Mỹ Hà" vẫn ở trạng thái "Đã công nhận"

  @QD26_D7
  Kịch bản: Nâng hạng từ 4 sao lên 5 sao qua cấp Trung ương
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được công nhận 4 sao
    Và hồ sơ nâng hạng "Nước mắm Mỹ Hà nâng hạng" của hồ sơ "Nước mắm Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Nước mắm Mỹ Hà nâng hạng" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và 4 thành viên hội đồng cấp tỉnh chấm 94 điểm cho hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Nước mắm Mỹ Hà nâng hạng" lên Trung ương
    Và 4 thành viên hội đồng cấp Trung ương chấm 93 điểm cho hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường quyết định công nhận hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Thì giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà nâng hạng" hạng 5 sao do Bộ Nông nghiệp và Môi trường cấp
    Và hồ sơ "Nước mắm Mỹ Hà" ở trạng thái "Đã công nhận lại"
    Và giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà" có tình trạng "đã được thay thế"
    Và lịch sử hồ sơ "Nước mắm Mỹ Hà" ghi hồ sơ kế tiếp "Nước mắm Mỹ Hà nâng hạng"

  @QD26_D7 @assumption
  Kịch bản: Nâng hạng 4 sao, Trung ương chấm dưới 90: tỉnh không công nhận, giấy chứng nhận 4 sao giữ nguyên
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được công nhận 4 sao
    Và hồ sơ nâng hạng "Nước mắm Mỹ Hà nâng hạng" của hồ sơ "Nước mắm Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định tiếp nhận hồ sơ "Nước mắm Mỹ Hà nâng hạng" vào đợt đánh giá cấp tỉnh
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận báo cáo của Tổ tư vấn cho hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và 4 thành viên hội đồng cấp tỉnh chấm 91 điểm cho hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Nước mắm Mỹ Hà nâng hạng" lên Trung ương
    Và 4 thành viên hội đồng cấp Trung ương chấm 86 điểm cho hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và cán bộ Văn phòng Điều phối NTM Trung ương kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Và Bộ trưởng Bộ Nông nghiệp và Môi trường trả hồ sơ "Nước mắm Mỹ Hà nâng hạng" về cấp tỉnh với lý do "Chưa đạt 90 điểm"
    Thì Chủ tịch UBND tỉnh Nam Định chỉ được phép "không công nhận" đối với hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Khi Chủ tịch UBND tỉnh Nam Định quyết định không công nhận hồ sơ "Nước mắm Mỹ Hà nâng hạng"
    Thì hồ sơ "Nước mắm Mỹ Hà nâng hạng" ở trạng thái "Không đạt"
    Và hồ sơ "Nước mắm Mỹ Hà" vẫn ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà" có tình trạng "còn hiệu lực"
