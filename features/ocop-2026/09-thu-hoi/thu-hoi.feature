# language: vi
@R26
Tính năng: Thu hồi giấy chứng nhận
  Giấy chứng nhận bị thu hồi theo một trong sáu căn cứ của Điều 8 khoản 1 (giả mạo hồ sơ; không còn đáp ứng tiêu
  chí; vi phạm pháp luật; sử dụng sai nhãn OCOP; ngừng sản xuất; kết luận khác của cơ quan có thẩm quyền), với lý
  do. Thẩm quyền (Điều 8 khoản 2): Chủ tịch UBND tỉnh thu hồi giấy chứng nhận 3 sao, 4 sao do tỉnh cấp; Bộ trưởng Bộ
  Nông nghiệp và Môi trường thu hồi giấy chứng nhận 5 sao. Giấy chứng nhận còn hiệu lực hoặc sắp hết hạn mới thu
  hồi được; hồ sơ bị thu hồi là trạng thái cuối.

  @QD26_D8
  Khung kịch bản: Chủ tịch UBND tỉnh thu hồi giấy chứng nhận do tỉnh cấp, theo một trong sáu căn cứ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "<căn cứ>" với lý do "<lý do>"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Bị thu hồi"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "bị thu hồi"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi căn cứ thu hồi "<căn cứ>"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "<lý do>" cho thao tác "Thu hồi giấy chứng nhận"
    Và Chủ tịch UBND tỉnh Nam Định không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

    Dữ liệu:
      | căn cứ                                  | lý do                                                |
      | giả mạo hồ sơ                           | Phiếu kiểm nghiệm trong hồ sơ là giả                 |
      | không còn đáp ứng tiêu chí              | Kết luận kiểm tra sau công nhận: không còn đạt 3 sao |
      | vi phạm pháp luật                       | Vi phạm an toàn thực phẩm theo kết luận thanh tra    |
      | sử dụng sai nhãn OCOP                   | In nhãn OCOP lên sản phẩm khác                       |
      | ngừng sản xuất                          | UBND xã xác nhận chủ thể đã ngừng sản xuất           |
      | kết luận khác của cơ quan có thẩm quyền | Đề nghị của Bộ Nông nghiệp và Môi trường             |

  @QD26_D8
  Kịch bản: Căn cứ thu hồi phải thuộc danh mục của Điều 8
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "không rõ" với lý do "Thu hồi"
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "ground"

  @QD26_D8
  Kịch bản: Thu hồi phải nêu căn cứ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" với lý do "Thu hồi"
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "ground"

  @QD26_D8
  Kịch bản: Thu hồi phải nêu lý do
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất"
    Thì thao tác bị từ chối vì thiếu lý do
    Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Đã công nhận"

  @QD26_D8
  Kịch bản: Thu hồi giấy chứng nhận đang sắp hết hạn
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao ngày 01/06/2026
    Và hôm nay là ngày 10/12/2028
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" với lý do "Chủ thể giải thể"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Bị thu hồi"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "bị thu hồi"

  @QD26_D8
  Kịch bản: Giấy chứng nhận đã hết hạn thì không thu hồi
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao ngày 01/06/2026
    Và hôm nay là ngày 10/06/2029
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Hết hạn"
    Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" với lý do "Ngừng sản xuất"
    Thì thao tác không thực hiện được ở trạng thái hiện tại

  Quy tắc: Chủ tịch UBND tỉnh thu hồi giấy chứng nhận 3 sao, 4 sao; Bộ trưởng thu hồi giấy chứng nhận 5 sao

    @QD26_D8
    Khung kịch bản: Chủ tịch UBND tỉnh thu hồi giấy chứng nhận 3 sao, 4 sao do tỉnh cấp
      Cho hồ sơ "Nước mắm Mỹ Hà" đã được công nhận <hạng> sao
      Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà" theo căn cứ "sử dụng sai nhãn OCOP" với lý do "Dùng nhãn sai"
      Thì hồ sơ "Nước mắm Mỹ Hà" ở trạng thái "Bị thu hồi"

      Dữ liệu:
        | hạng |
        | 3    |
        | 4    |

    @QD26_D8
    Kịch bản: Bộ trưởng không thu hồi giấy chứng nhận 4 sao do tỉnh cấp
      Cho hồ sơ "Nước mắm Mỹ Hà" đã được công nhận 4 sao
      Khi Bộ trưởng Bộ Nông nghiệp và Môi trường thu hồi giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà" theo căn cứ "sử dụng sai nhãn OCOP" với lý do "Dùng nhãn sai"
      Thì thao tác bị từ chối với lý do "revoke_authority"
      Và hồ sơ "Nước mắm Mỹ Hà" vẫn ở trạng thái "Đã công nhận"

    @QD26_D8
    Kịch bản: Giấy chứng nhận 5 sao chỉ Bộ trưởng thu hồi
      Cho hồ sơ "Chè xanh Mỹ Hà" đã được công nhận 5 sao
      Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
      Thì thao tác bị từ chối với lý do "revoke_5_stars"
      Và hồ sơ "Chè xanh Mỹ Hà" vẫn ở trạng thái "Đã công nhận"
      Khi Bộ trưởng Bộ Nông nghiệp và Môi trường thu hồi giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
      Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "Bị thu hồi"
      Và giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" có tình trạng "bị thu hồi"

    @QD26_D8 @assumption
    Khung kịch bản: Giấy chứng nhận đã nhập được thu hồi theo đơn vị cấp ghi trên giấy chứng nhận
      Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận <hạng> sao do <đơn vị cấp> cấp ngày 25/05/2026
      Khi <người> thu hồi giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" theo căn cứ "vi phạm pháp luật" với lý do "Vi phạm an toàn thực phẩm"
      Thì <kết quả>

      Dữ liệu:
        | hạng | đơn vị cấp                   | người                                  | kết quả                                                |
        | 3    | UBND tỉnh Nam Định           | Chủ tịch UBND tỉnh Nam Định            | hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Bị thu hồi"      |
        | 3    | UBND tỉnh Nam Định           | Bộ trưởng Bộ Nông nghiệp và Môi trường | thao tác bị từ chối với lý do "revoke_authority"       |
        | 5    | Bộ Nông nghiệp và Môi trường | Bộ trưởng Bộ Nông nghiệp và Môi trường | hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Bị thu hồi"      |
        | 5    | Bộ Nông nghiệp và Môi trường | Chủ tịch UBND tỉnh Nam Định            | thao tác bị từ chối với lý do "revoke_5_stars"         |

    @QD26_D8
    Kịch bản: Chủ tịch UBND tỉnh khác không thấy hồ sơ
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
      Khi Chủ tịch UBND thành phố Hà Nội thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" với lý do "Ngừng sản xuất"
      Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    @QD26_D8
    Khung kịch bản: Cơ quan tham mưu không ký quyết định thu hồi
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
      Khi <người> thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" với lý do "Ngừng sản xuất"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

      Dữ liệu:
        | người                                      |
        | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
        | cán bộ Văn phòng Điều phối NTM Trung ương  |
        | cán bộ xã Mỹ Hà                            |
