# language: vi
@R26
Tính năng: Chủ tịch UBND tỉnh quyết định theo kết quả của hội đồng cấp tỉnh
  Hạng sao theo tổng điểm (Điều 3 khoản 3): 5 sao từ 90 đến 100 điểm; 4 sao từ 70 đến dưới 90; 3 sao từ 50 đến dưới
  70; 2 sao từ 30 đến dưới 50; 1 sao dưới 30 (tham số "threshold_N_stars"). Chủ tịch UBND tỉnh quyết định công nhận
  và cấp giấy chứng nhận sản phẩm đạt 3 sao, 4 sao; phê duyệt kết quả và gửi Bộ Nông nghiệp và Môi trường sản phẩm
  từ 90 điểm (tiềm năng 5 sao); sản phẩm 1 sao, 2 sao không được ban hành quyết định công nhận (Điều 4 khoản 1).
  Giấy chứng nhận do UBND tỉnh cấp, có giá trị 36 tháng kể từ ngày ký quyết định.

  Hội đồng cấp tỉnh Nam Định có 4 thành viên; các phiếu trong các kịch bản này đạt đủ yêu cầu tối thiểu của hạng
  sao theo điểm.

  @QD26_D3 @QD26_D4 @QD26_D7
  Khung kịch bản: Quyết định của Chủ tịch UBND tỉnh ở từng ngưỡng điểm
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá
    Khi 4 thành viên hội đồng cấp tỉnh chấm <điểm> điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp tỉnh là <hiển thị> điểm, hạng <hạng> sao, tính trên 4 phiếu, đạt <hạng> sao theo yêu cầu tối thiểu
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "<quyết định>" đối với hồ sơ "Giò lụa Mỹ Hà"
    Khi Chủ tịch UBND tỉnh Nam Định thực hiện "<quyết định>" đối với hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "<trạng thái>"
    Và căn cứ của quyết định đối với hồ sơ "Giò lụa Mỹ Hà" là kết quả chấm điểm cấp tỉnh

    Dữ liệu:
      | điểm  | hiển thị | hạng | quyết định         | trạng thái                         |
      | 29,99 | 29,99    | 1    | không công nhận    | Không đạt                          |
      | 30    | 30,00    | 2    | không công nhận    | Không đạt                          |
      | 49,99 | 49,99    | 2    | không công nhận    | Không đạt                          |
      | 50    | 50,00    | 3    | công nhận          | Đã công nhận                       |
      | 69,99 | 69,99    | 3    | công nhận          | Đã công nhận                       |
      | 70    | 70,00    | 4    | công nhận          | Đã công nhận                       |
      | 89,99 | 89,99    | 4    | công nhận          | Đã công nhận                       |
      | 90    | 90,00    | 5    | gửi lên Trung ương | Đã gửi Bộ Nông nghiệp và Môi trường |
      | 100   | 100,00   | 5    | gửi lên Trung ương | Đã gửi Bộ Nông nghiệp và Môi trường |

  @QD26_D3 @QD26_D4
  Khung kịch bản: Giấy chứng nhận do UBND tỉnh cấp đúng hạng sao đạt được ở từng ngưỡng điểm, có giá trị 36 tháng
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm <điểm> điểm
    Khi Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" hạng <hạng> sao do UBND tỉnh Nam Định cấp
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" ghi ngày ký quyết định 01/06/2026
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày 01/06/2029
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "còn hiệu lực"
    Và căn cứ của quyết định đối với hồ sơ "Giò lụa Mỹ Hà" không ghi yêu cầu tối thiểu nào chưa đạt

    Dữ liệu:
      | điểm  | hạng |
      | 50    | 3    |
      | 69,99 | 3    |
      | 70    | 4    |
      | 89,99 | 4    |

  @QD26_D3 @QD26_D4 @QD26_D7
  Khung kịch bản: Quyết định không đúng hạng sao bị từ chối
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm <điểm> điểm
    Khi Chủ tịch UBND tỉnh Nam Định thực hiện "<quyết định>" đối với hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "band"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Hội đồng tỉnh đã chấm điểm"
    Và hồ sơ "Giò lụa Mỹ Hà" không có giấy chứng nhận

    Dữ liệu:
      | điểm  | quyết định         |
      | 45    | công nhận          |
      | 45    | gửi lên Trung ương |
      | 60    | không công nhận    |
      | 60    | gửi lên Trung ương |
      | 89,99 | không công nhận    |
      | 89,99 | gửi lên Trung ương |
      | 95    | công nhận          |
      | 95    | không công nhận    |

  @QD26_D4
  Kịch bản: Quyết định không công nhận ghi kết quả chấm điểm làm căn cứ, không cấp giấy chứng nhận
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm 45 điểm
    Khi Chủ tịch UBND tỉnh Nam Định quyết định không công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Không đạt"
    Và căn cứ của quyết định đối với hồ sơ "Giò lụa Mỹ Hà" là kết quả chấm điểm cấp tỉnh
    Và hồ sơ "Giò lụa Mỹ Hà" không có giấy chứng nhận
    Và Chủ tịch UBND tỉnh Nam Định không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

  @QD26_D4 @assumption
  Kịch bản: Quyết định không công nhận có thể kèm lý do
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm 29 điểm
    Khi Chủ tịch UBND tỉnh Nam Định quyết định không công nhận hồ sơ "Giò lụa Mỹ Hà" với lý do "Sản phẩm đạt 1 sao"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Không đạt"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Sản phẩm đạt 1 sao" cho thao tác "Không công nhận"

  @QD26_D4 @assumption
  Kịch bản: Quyết định ký trên giấy được nhập sau, ngày ký không được sau hôm nay
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm 75 điểm
    Khi Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà" ký ngày 02/06/2026
    Thì thao tác bị từ chối với lý do "issued_on_future"
    Và hồ sơ "Giò lụa Mỹ Hà" không có giấy chứng nhận
    Khi Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà" ký ngày 29/05/2026
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" ghi ngày ký quyết định 29/05/2026
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày 29/05/2029

  @QD26_D7
  Kịch bản: Sản phẩm từ 90 điểm được phê duyệt và gửi Bộ Nông nghiệp và Môi trường, tỉnh không cấp giấy chứng nhận
    Cho hồ sơ "Chè xanh Mỹ Hà" đã được hội đồng cấp tỉnh chấm 93 điểm
    Khi Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Chè xanh Mỹ Hà" lên Trung ương
    Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "Đã gửi Bộ Nông nghiệp và Môi trường"
    Và căn cứ của quyết định đối với hồ sơ "Chè xanh Mỹ Hà" là kết quả chấm điểm cấp tỉnh
    Và hồ sơ "Chè xanh Mỹ Hà" không có giấy chứng nhận
    Và hồ sơ "Chè xanh Mỹ Hà" có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp Trung ương
    Và hồ sơ "Chè xanh Mỹ Hà" không có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp tỉnh
    Và Chủ tịch UBND tỉnh Nam Định không còn thao tác nào đối với hồ sơ "Chè xanh Mỹ Hà"

  Quy tắc: Chỉ Chủ tịch UBND tỉnh của hồ sơ quyết định ở cấp tỉnh

    @QD26_D7
    Khung kịch bản: Người không có thẩm quyền quyết định ở cấp tỉnh
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm 60 điểm
      Khi <người> quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

      Dữ liệu:
        | người                                      |
        | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
        | Bộ trưởng Bộ Nông nghiệp và Môi trường     |
        | cán bộ xã Mỹ Hà                            |
        | kiểm toán viên tỉnh Nam Định               |
        | quản trị viên tỉnh Nam Định                |
        | thành viên thứ 1 của hội đồng cấp tỉnh     |

    @QD26_D7
    Kịch bản: Chủ tịch UBND tỉnh khác không thấy hồ sơ
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp tỉnh chấm 60 điểm
      Khi Chủ tịch UBND thành phố Hà Nội quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    @QD26_D7
    Kịch bản: Chưa kết thúc chấm điểm thì Chủ tịch UBND tỉnh chưa quyết định
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá
      Và 4 thành viên hội đồng cấp tỉnh đã chấm 60 điểm
      Khi Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác không thực hiện được ở trạng thái hiện tại
