# language: vi
@R26
Tính năng: Sắp hết hạn và hết hạn
  Thời gian nộp hồ sơ đánh giá lại mở từ 180 ngày trước ngày hết hạn của giấy chứng nhận (Điều 7 khoản 6 điểm a,
  tham số "notice_days"): từ ngày đó hồ sơ chuyển sang "Sắp hết hạn". Từ ngày sau ngày hết hạn, hồ sơ chuyển sang
  "Hết hạn" (trạng thái cuối). Chỉ hệ thống (lịch chạy hằng ngày) thực hiện hai việc này; lần chạy muộn ghi đủ cả hai.

  Giấy chứng nhận 3 sao của "Giò lụa Mỹ Hà" ký ngày 01/06/2026, có giá trị đến hết ngày 01/06/2029: sắp hết hạn từ
  ngày 03/12/2028, hết hạn từ ngày 02/06/2029.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao ngày 01/06/2026

  @QD26_D7
  Kịch bản: Thời gian sắp hết hạn bắt đầu 180 ngày trước ngày hết hạn
    Thì giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày 01/06/2029
    Và thời hạn sắp hết của giấy chứng nhận hồ sơ "Giò lụa Mỹ Hà" bắt đầu từ ngày 03/12/2028

  @QD26_D7
  Khung kịch bản: Hệ thống chuyển hồ sơ sang sắp hết hạn từ ngày bắt đầu, không sớm hơn
    Cho hôm nay là ngày <hôm nay>
    Khi hệ thống chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Thì <kết quả>
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "<tình trạng>"

    Dữ liệu:
      | hôm nay    | kết quả                                                    | tình trạng   |
      | 02/12/2028 | thao tác bị từ chối với lý do "not_yet_expiring"           | còn hiệu lực |
      | 03/12/2028 | hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Sắp hết hạn"           | sắp hết hạn  |

  @QD26_D4 @BLDS_147_148
  Khung kịch bản: Hệ thống chuyển hồ sơ sang hết hạn từ ngày sau ngày hết hạn
    Cho hôm nay là ngày <hôm nay>
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Khi hệ thống chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Hết hạn"
    Thì <kết quả>
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "<tình trạng>"

    Dữ liệu:
      | hôm nay    | kết quả                                            | tình trạng  |
      | 01/06/2029 | thao tác bị từ chối với lý do "still_valid"        | sắp hết hạn |
      | 02/06/2029 | hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hết hạn"       | hết hạn     |

  @QD26_D4
  Kịch bản: Hồ sơ hết hạn là trạng thái cuối
    Cho hôm nay là ngày 02/06/2029
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Hết hạn"
    Thì Chủ tịch UBND tỉnh Nam Định không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

  @QD26_D7
  Khung kịch bản: Chỉ hệ thống chuyển hồ sơ sang sắp hết hạn
    Cho hôm nay là ngày 03/12/2028
    Khi <người> chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    Dữ liệu:
      | người                                      |
      | Chủ tịch UBND tỉnh Nam Định                |
      | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | quản trị viên tỉnh Nam Định                |

  @QD26_D4 @QD26_D7
  Kịch bản: Lịch chạy hằng ngày của hệ thống chuyển hồ sơ đúng ngày
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 02/12/2028
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 03/12/2028
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Sắp hết hạn"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 01/06/2029
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Sắp hết hạn"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 02/06/2029
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hết hạn"

  @QD26_D4 @QD26_D7
  Kịch bản: Hệ thống chạy muộn ghi đủ cả hai thao tác trong một lần chạy
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 01/01/2030
    Thì hệ thống ghi 2 thao tác theo thời hạn cho hồ sơ "Giò lụa Mỹ Hà"
    Và hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Hết hạn"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lần lượt:
      | thao tác                                       | từ trạng thái                          | đến trạng thái                         | người thực hiện                            |
      | Tiếp nhận hồ sơ sản phẩm                       | —                                      | Đã đăng ký                             | cán bộ xã Mỹ Hà                            |
      | UBND xã đánh giá, đề nghị cấp tỉnh             | Đã đăng ký                             | UBND xã đã đánh giá, đề nghị cấp tỉnh  | cán bộ xã Mỹ Hà                            |
      | Tiếp nhận hồ sơ vào đợt đánh giá cấp tỉnh      | UBND xã đã đánh giá, đề nghị cấp tỉnh  | Cấp tỉnh đã tiếp nhận hồ sơ            | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Ghi nhận báo cáo đánh giá của Tổ tư vấn        | Cấp tỉnh đã tiếp nhận hồ sơ            | Tổ tư vấn đã đánh giá                  | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Nộp phiếu đánh giá                             | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 1 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                             | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 2 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                             | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 3 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                             | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 4 của hội đồng cấp tỉnh     |
      | Kết thúc chấm điểm                             | Tổ tư vấn đã đánh giá                  | Hội đồng tỉnh đã chấm điểm             | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Quyết định công nhận, cấp giấy chứng nhận      | Hội đồng tỉnh đã chấm điểm             | Đã công nhận                           | Chủ tịch UBND tỉnh Nam Định                |
      | Sắp hết hạn                                    | Đã công nhận                           | Sắp hết hạn                            | hệ thống                                   |
      | Hết hạn                                        | Sắp hết hạn                            | Hết hạn                                | hệ thống                                   |
