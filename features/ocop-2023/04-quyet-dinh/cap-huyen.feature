# language: vi
@R148
Tính năng: Chủ tịch UBND huyện quyết định theo kết quả của hội đồng cấp huyện
  Điểm trung bình từ 50 đến dưới 70: Chủ tịch UBND huyện công nhận 3 sao và cấp giấy chứng nhận.
  Từ 70 điểm: gửi hồ sơ lên cấp tỉnh (huyện không cấp giấy chứng nhận). Dưới 50 điểm: không công nhận.

  @QD148_D1 @QD148_PL2
  Khung kịch bản: Quyết định của Chủ tịch UBND huyện ở từng ngưỡng điểm
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi 4 thành viên hội đồng cấp huyện chấm <điểm> điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp huyện là <hiển thị> điểm, hạng <hạng> sao
    Và Chủ tịch UBND huyện Mỹ Lộc chỉ được phép "<quyết định>" đối với hồ sơ "Giò lụa Mỹ Hà"
    Khi Chủ tịch UBND huyện Mỹ Lộc thực hiện "<quyết định>" đối với hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "<trạng thái>"

    Dữ liệu:
      | điểm  | hiển thị | hạng | quyết định       | trạng thái      |
      | 29,99 | 29,99    | 1    | không công nhận  | Không đạt       |
      | 30    | 30,00    | 2    | không công nhận  | Không đạt       |
      | 49,99 | 49,99    | 2    | không công nhận  | Không đạt       |
      | 50    | 50,00    | 3    | công nhận        | Đã công nhận    |
      | 69,99 | 69,99    | 3    | công nhận        | Đã công nhận    |
      | 70    | 70,00    | 4    | gửi lên cấp tỉnh | Đã gửi cấp tỉnh |
      | 89,99 | 89,99    | 4    | gửi lên cấp tỉnh | Đã gửi cấp tỉnh |
      | 90    | 90,00    | 5    | gửi lên cấp tỉnh | Đã gửi cấp tỉnh |
      | 100   | 100,00   | 5    | gửi lên cấp tỉnh | Đã gửi cấp tỉnh |

  @QD148_D1 @QD148_PL2
  Khung kịch bản: Quyết định không đúng hạng sao bị từ chối
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp huyện chấm <điểm> điểm
    Khi Chủ tịch UBND huyện Mỹ Lộc thực hiện "<quyết định>" đối với hồ sơ "Giò lụa Mỹ Hà"
    Thì thao tác bị từ chối với lý do "band"
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Hội đồng huyện đã chấm điểm"

    Dữ liệu:
      | điểm | quyết định       |
      | 45   | công nhận        |
      | 45   | gửi lên cấp tỉnh |
      | 60   | không công nhận  |
      | 60   | gửi lên cấp tỉnh |
      | 75   | công nhận        |
      | 75   | không công nhận  |

  @QD148 @QD148_PL2
  Kịch bản: Giấy chứng nhận 3 sao do UBND huyện cấp, có giá trị 36 tháng
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp huyện chấm 60 điểm
    Khi Chủ tịch UBND huyện Mỹ Lộc quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" hạng 3 sao do UBND huyện Mỹ Lộc cấp
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày 03/06/2027
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "còn hiệu lực"
    Và căn cứ của quyết định đối với hồ sơ "Giò lụa Mỹ Hà" là kết quả chấm điểm cấp huyện

  @QD148_D1
  Kịch bản: Quyết định không công nhận ghi kết quả chấm điểm làm căn cứ, lý do không bắt buộc
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp huyện chấm 45 điểm
    Khi Chủ tịch UBND huyện Mỹ Lộc quyết định không công nhận hồ sơ "Giò lụa Mỹ Hà"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Không đạt"
    Và căn cứ của quyết định đối với hồ sơ "Giò lụa Mỹ Hà" là kết quả chấm điểm cấp huyện
    Và Chủ tịch UBND huyện Mỹ Lộc không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

  @QD148_PL2
  Kịch bản: Quyết định ký trên giấy được nhập sau, ngày ký không được sau hôm nay
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp huyện chấm 60 điểm
    Khi Chủ tịch UBND huyện Mỹ Lộc quyết định công nhận hồ sơ "Giò lụa Mỹ Hà" ký ngày 04/06/2024
    Thì thao tác bị từ chối với lý do "issued_on_future"
    Khi Chủ tịch UBND huyện Mỹ Lộc quyết định công nhận hồ sơ "Giò lụa Mỹ Hà" ký ngày 01/06/2024
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có giá trị đến hết ngày 01/06/2027

  Quy tắc: Chỉ Chủ tịch UBND huyện của hồ sơ quyết định ở cấp huyện

    @QD148_PL2
    Khung kịch bản: Người không có thẩm quyền quyết định
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp huyện chấm 60 điểm
      Khi <người> quyết định công nhận hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

      Dữ liệu:
        | người                                      |
        | cán bộ Phòng NN&PTNT huyện Mỹ Lộc          |
        | Chủ tịch UBND tỉnh Nam Định                |
        | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
        | kiểm toán viên tỉnh Nam Định               |
        | quản trị viên tỉnh Nam Định                |

    @QD148_PL2
    Kịch bản: Chủ tịch UBND huyện khác không thấy hồ sơ
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp huyện chấm 75 điểm
      Khi Chủ tịch UBND quận Ba Đình gửi hồ sơ "Giò lụa Mỹ Hà" lên cấp tỉnh
      Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    @QD148_PL2
    Kịch bản: Chủ tịch UBND tỉnh không gửi thay hồ sơ của huyện
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được hội đồng cấp huyện chấm 75 điểm
      Khi Chủ tịch UBND tỉnh Nam Định gửi hồ sơ "Giò lụa Mỹ Hà" lên cấp tỉnh
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền
