# language: vi
@R148
Tính năng: Chủ tịch UBND tỉnh quyết định theo kết quả của hội đồng cấp tỉnh
  Hồ sơ từ 70 điểm ở huyện được gửi lên tỉnh; hội đồng cấp tỉnh chấm lại. Từ 90 điểm: gửi lên Trung ương;
  70 đến dưới 90: công nhận 4 sao; dưới 50: không công nhận. Quy trình giả định: 50 đến dưới 70 ở cấp tỉnh
  thì tỉnh công nhận 3 sao (văn bản không quy định trường hợp này).

  Khung kịch bản: Quyết định của Chủ tịch UBND tỉnh ở từng ngưỡng điểm
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được gửi lên cấp tỉnh
    Khi 4 thành viên hội đồng cấp tỉnh chấm <điểm> điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Thì kết quả chấm điểm cấp tỉnh là <hiển thị> điểm, hạng <hạng> sao
    Và Chủ tịch UBND tỉnh Nam Định chỉ được phép "<quyết định>" đối với hồ sơ "Nước mắm Mỹ Hà"
    Khi Chủ tịch UBND tỉnh Nam Định thực hiện "<quyết định>" đối với hồ sơ "Nước mắm Mỹ Hà"
    Thì hồ sơ "Nước mắm Mỹ Hà" ở trạng thái "<trạng thái>"

    @QD148_D1 @QD148_PL2
    Dữ liệu: Ngưỡng theo Quyết định 148
      | điểm  | hiển thị | hạng | quyết định         | trạng thái        |
      | 49,99 | 49,99    | 2    | không công nhận    | Không đạt         |
      | 70    | 70,00    | 4    | công nhận          | Đã công nhận      |
      | 89,99 | 89,99    | 4    | công nhận          | Đã công nhận      |
      | 90    | 90,00    | 5    | gửi lên Trung ương | Đã gửi Trung ương |
      | 100   | 100,00   | 5    | gửi lên Trung ương | Đã gửi Trung ương |

    @assumption
    Dữ liệu: Hồ sơ được gửi lên nhưng tỉnh chấm dưới 70 điểm
      | điểm  | hiển thị | hạng | quyết định | trạng thái   |
      | 50    | 50,00    | 3    | công nhận  | Đã công nhận |
      | 69,99 | 69,99    | 3    | công nhận  | Đã công nhận |

  @QD148_PL2
  Kịch bản: Giấy chứng nhận 4 sao do UBND tỉnh cấp
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được gửi lên cấp tỉnh
    Khi 4 thành viên hội đồng cấp tỉnh chấm 80 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Và Chủ tịch UBND tỉnh Nam Định quyết định công nhận hồ sơ "Nước mắm Mỹ Hà"
    Thì giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà" hạng 4 sao do UBND tỉnh Nam Định cấp
    Và căn cứ của quyết định đối với hồ sơ "Nước mắm Mỹ Hà" là kết quả chấm điểm cấp tỉnh

  @QD148_PL2
  Kịch bản: Chủ tịch UBND huyện không quyết định ở cấp tỉnh
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được gửi lên cấp tỉnh
    Khi 4 thành viên hội đồng cấp tỉnh chấm 80 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Và Chủ tịch UBND huyện Mỹ Lộc quyết định công nhận hồ sơ "Nước mắm Mỹ Hà"
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

  @QD148_PL2
  Kịch bản: Chủ tịch UBND tỉnh khác không thấy hồ sơ
    Cho hồ sơ "Nước mắm Mỹ Hà" đã được gửi lên cấp tỉnh
    Khi 4 thành viên hội đồng cấp tỉnh chấm 80 điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Nước mắm Mỹ Hà"
    Và Chủ tịch UBND thành phố Hà Nội quyết định công nhận hồ sơ "Nước mắm Mỹ Hà"
    Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn
