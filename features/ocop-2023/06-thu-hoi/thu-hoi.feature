# language: vi
@R148
Tính năng: Thu hồi giấy chứng nhận
  Giấy chứng nhận bị thu hồi theo một trong sáu căn cứ (Điều 8 Quyết định 26/2026/QĐ-TTg, áp dụng cho thao tác thu
  hồi từ ngày 22/05/2026), với lý do. Thẩm quyền: Chủ tịch UBND của đơn vị đã cấp giấy chứng nhận hoặc của đơn vị
  kế thừa (giấy chứng nhận do huyện cấp nay do Chủ tịch UBND tỉnh thu hồi khi huyện đã giải thể); giấy chứng nhận
  5 sao chỉ Bộ trưởng thu hồi. Hồ sơ bị thu hồi là trạng thái cuối.

  @QD26_D8
  Khung kịch bản: Chủ tịch UBND huyện thu hồi giấy chứng nhận do huyện cấp, theo một trong sáu căn cứ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Khi Chủ tịch UBND huyện Mỹ Lộc thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "<căn cứ>" với lý do "<lý do>"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Bị thu hồi"
    Và giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" có tình trạng "bị thu hồi"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "<lý do>" cho thao tác "Thu hồi giấy chứng nhận"
    Và Chủ tịch UBND huyện Mỹ Lộc không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

    Dữ liệu:
      | căn cứ                                  | lý do                                                   |
      | giả mạo hồ sơ                           | Phiếu kiểm nghiệm trong hồ sơ là giả                    |
      | không còn đáp ứng tiêu chí              | Kết luận kiểm tra sau công nhận: không còn đạt 3 sao    |
      | vi phạm pháp luật                       | Vi phạm an toàn thực phẩm theo kết luận thanh tra       |
      | sử dụng sai nhãn OCOP                   | In nhãn OCOP lên sản phẩm khác                          |
      | ngừng sản xuất                          | UBND xã xác nhận chủ thể đã ngừng sản xuất              |
      | kết luận khác của cơ quan có thẩm quyền | Đề nghị của Bộ Nông nghiệp và Môi trường                |

  @QD26_D8
  Kịch bản: Căn cứ thu hồi phải thuộc danh mục
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Khi Chủ tịch UBND huyện Mỹ Lộc thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "không rõ" với lý do "Thu hồi"
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "ground"

  @QD26_D8
  Kịch bản: Thu hồi phải nêu căn cứ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Khi Chủ tịch UBND huyện Mỹ Lộc thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" với lý do "Thu hồi"
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "ground"

  @QD26_D8
  Kịch bản: Thu hồi phải nêu lý do
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Khi Chủ tịch UBND huyện Mỹ Lộc thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất"
    Thì thao tác bị từ chối vì thiếu lý do

  @QD26_D8
  Kịch bản: Thu hồi giấy chứng nhận đang sắp hết hạn
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao ngày 03/06/2024
    Và hôm nay là ngày 10/12/2026
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Khi Chủ tịch UBND huyện Mỹ Lộc thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" với lý do "Chủ thể giải thể"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Bị thu hồi"

  @QD26_D8
  Kịch bản: Giấy chứng nhận đã hết hạn thì không thu hồi
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao ngày 03/06/2024
    Và hôm nay là ngày 10/06/2027
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Sắp hết hạn"
    Và hệ thống đã chuyển hồ sơ "Giò lụa Mỹ Hà" sang trạng thái "Hết hạn"
    Khi Chủ tịch UBND huyện Mỹ Lộc thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" với lý do "Ngừng sản xuất"
    Thì thao tác không thực hiện được ở trạng thái hiện tại

  Quy tắc: Thẩm quyền thu hồi thuộc đơn vị đã cấp hoặc đơn vị kế thừa

    @QD26_D8
    Kịch bản: Chủ tịch UBND tỉnh không thu hồi giấy chứng nhận do huyện cấp khi huyện còn hoạt động
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
      Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "vi phạm pháp luật" với lý do "Vi phạm an toàn thực phẩm"
      Thì thao tác bị từ chối với lý do "revoke_authority"
      Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "Đã công nhận"

    @QD26_D8 @QD1489
    Kịch bản: Huyện đã giải thể thì Chủ tịch UBND tỉnh thu hồi giấy chứng nhận do huyện cấp
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
      Và huyện Mỹ Lộc đã giải thể và tỉnh Nam Định kế thừa nhiệm vụ của huyện
      Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "vi phạm pháp luật" với lý do "Vi phạm an toàn thực phẩm"
      Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Bị thu hồi"

    @QD26_D8
    Kịch bản: Bộ trưởng không thu hồi giấy chứng nhận 4 sao do tỉnh cấp
      Cho hồ sơ "Nước mắm Mỹ Hà" đã được công nhận 4 sao
      Khi Bộ trưởng Bộ Nông nghiệp và Môi trường thu hồi giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà" theo căn cứ "sử dụng sai nhãn OCOP" với lý do "Dùng nhãn sai"
      Thì thao tác bị từ chối với lý do "revoke_authority"

    @QD26_D8
    Kịch bản: Chủ tịch UBND tỉnh thu hồi giấy chứng nhận 4 sao do tỉnh cấp
      Cho hồ sơ "Nước mắm Mỹ Hà" đã được công nhận 4 sao
      Khi Chủ tịch UBND tỉnh Nam Định thu hồi giấy chứng nhận của hồ sơ "Nước mắm Mỹ Hà" theo căn cứ "sử dụng sai nhãn OCOP" với lý do "Dùng nhãn sai"
      Thì hồ sơ "Nước mắm Mỹ Hà" ở trạng thái "Bị thu hồi"

    @QD26_D8
    Khung kịch bản: Giấy chứng nhận 5 sao chỉ Bộ trưởng thu hồi
      Cho hồ sơ "Chè xanh Mỹ Hà" đã được công nhận 5 sao
      Khi <người> thu hồi giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
      Thì thao tác bị từ chối với lý do "revoke_5_stars"

      Dữ liệu:
        | người                       |
        | Chủ tịch UBND tỉnh Nam Định |
        | Chủ tịch UBND huyện Mỹ Lộc  |

    @QD26_D8
    Kịch bản: Bộ trưởng thu hồi giấy chứng nhận 5 sao
      Cho hồ sơ "Chè xanh Mỹ Hà" đã được công nhận 5 sao
      Khi Bộ trưởng Bộ Nông nghiệp và Môi trường thu hồi giấy chứng nhận của hồ sơ "Chè xanh Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
      Thì hồ sơ "Chè xanh Mỹ Hà" ở trạng thái "Bị thu hồi"

    @QD26_D8
    Kịch bản: Chủ tịch UBND huyện khác không thấy hồ sơ
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
      Khi Chủ tịch UBND quận Ba Đình thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" với lý do "Ngừng sản xuất"
      Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    @QD26_D8
    Kịch bản: Cán bộ Phòng NN&PTNT huyện không ký quyết định thu hồi
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
      Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc thu hồi giấy chứng nhận của hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "ngừng sản xuất" với lý do "Ngừng sản xuất"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền
