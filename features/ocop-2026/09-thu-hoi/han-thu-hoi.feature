# language: vi
@R26
Tính năng: Kết luận của cơ quan có thẩm quyền và thời hạn 15 ngày ban hành quyết định thu hồi
  Cơ quan tham mưu kiểm tra, xác minh và ghi nhận kết luận của cơ quan có thẩm quyền (hoặc xác nhận của UBND xã)
  về một căn cứ thu hồi (Điều 8 khoản 3 điểm a). Quyết định thu hồi được ban hành trong 15 ngày kể từ ngày có kết
  luận (Điều 8 khoản 4, tham số "revocation_days"): hồ sơ hiển thị hạn này và được đánh dấu quá hạn khi quá hạn.
  Ngày kết luận không được ở tương lai.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Và hôm nay là ngày 10/07/2026

  @QD26_D8
  Khung kịch bản: Hạn ban hành quyết định thu hồi là 15 ngày kể từ ngày có kết luận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận kết luận của cơ quan có thẩm quyền về hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "vi phạm pháp luật" ngày 05/07/2026
    Cho hôm nay là ngày <hôm nay>
    Thì hạn quyết định thu hồi của hồ sơ "Giò lụa Mỹ Hà" là ngày 20/07/2026, <tình trạng>
    Và hồ sơ "Giò lụa Mỹ Hà" <đánh dấu> đánh dấu quá hạn
    Và hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận"

    Dữ liệu:
      | hôm nay    | tình trạng   | đánh dấu |
      | 10/07/2026 | chưa quá hạn | không bị |
      | 20/07/2026 | chưa quá hạn | không bị |
      | 21/07/2026 | đã quá hạn   | được     |

  @QD26_D8
  Kịch bản: Chưa có kết luận thì không có hạn thu hồi
    Thì hạn quyết định thu hồi của hồ sơ "Giò lụa Mỹ Hà" là không có

  @QD26_D8
  Kịch bản: Quyết định thu hồi đã ban hành thì hạn thu hồi không còn
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận kết luận của cơ quan có thẩm quyền về hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "sử dụng sai nhãn OCOP" ngày 10/07/2026
    Và Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "sử dụng sai nhãn OCOP" với lý do "Theo kết luận thanh tra ngày 10/07/2026"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Bị thu hồi"
    Và hạn quyết định thu hồi của hồ sơ "Giò lụa Mỹ Hà" là không có
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lần lượt:
      | thao tác                                          | từ trạng thái                          | đến trạng thái                         | người thực hiện                            |
      | Tiếp nhận hồ sơ sản phẩm                          | —                                      | Đã đăng ký                             | cán bộ xã Mỹ Hà                            |
      | UBND xã đánh giá, đề nghị cấp tỉnh                | Đã đăng ký                             | UBND xã đã đánh giá, đề nghị cấp tỉnh  | cán bộ xã Mỹ Hà                            |
      | Tiếp nhận hồ sơ vào đợt đánh giá cấp tỉnh         | UBND xã đã đánh giá, đề nghị cấp tỉnh  | Cấp tỉnh đã tiếp nhận hồ sơ            | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Ghi nhận báo cáo đánh giá của Tổ tư vấn           | Cấp tỉnh đã tiếp nhận hồ sơ            | Tổ tư vấn đã đánh giá                  | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Nộp phiếu đánh giá                                | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 1 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                                | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 2 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                                | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 3 của hội đồng cấp tỉnh     |
      | Nộp phiếu đánh giá                                | Tổ tư vấn đã đánh giá                  | Tổ tư vấn đã đánh giá                  | thành viên thứ 4 của hội đồng cấp tỉnh     |
      | Kết thúc chấm điểm                                | Tổ tư vấn đã đánh giá                  | Hội đồng tỉnh đã chấm điểm             | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Quyết định công nhận, cấp giấy chứng nhận         | Hội đồng tỉnh đã chấm điểm             | Đã công nhận                           | Chủ tịch UBND tỉnh Nam Định                |
      | Ghi nhận kết luận của cơ quan có thẩm quyền       | Đã công nhận                           | Đã công nhận                           | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | Thu hồi giấy chứng nhận                           | Đã công nhận                           | Bị thu hồi                             | Chủ tịch UBND tỉnh Nam Định                |

  @QD26_D8
  Kịch bản: Ngày kết luận không được ở tương lai
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận kết luận của cơ quan có thẩm quyền về hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "vi phạm pháp luật" ngày 11/07/2026
    Thì thao tác bị từ chối với lý do "concluded_on_future"
    Và hạn quyết định thu hồi của hồ sơ "Giò lụa Mỹ Hà" là không có

  @QD26_D8
  Kịch bản: Kết luận phải nêu một trong sáu căn cứ thu hồi
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định ghi nhận kết luận của cơ quan có thẩm quyền về hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "không rõ" ngày 05/07/2026
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "ground"

  @QD26_D8
  Kịch bản: Kết luận về giấy chứng nhận sắp hết hạn cũng có hạn thu hồi
    Cho hôm nay là ngày 10/12/2028
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Khi cán bộ Văn phòng Điều phối NTM Trung ương ghi nhận kết luận của cơ quan có thẩm quyền về hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" ngày 08/12/2028
    Thì hạn quyết định thu hồi của hồ sơ "Giò lụa Mỹ Hà" là ngày 23/12/2028, chưa quá hạn

  @QD26_D8
  Khung kịch bản: Chỉ cơ quan tham mưu ghi nhận kết luận
    Khi <người> ghi nhận kết luận của cơ quan có thẩm quyền về hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "vi phạm pháp luật" ngày 05/07/2026
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    Dữ liệu:
      | người                       |
      | cán bộ xã Mỹ Hà             |
      | Chủ tịch UBND tỉnh Nam Định |
