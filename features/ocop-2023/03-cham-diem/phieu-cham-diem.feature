# language: vi
@R148
Tính năng: Phiếu chấm điểm của thành viên hội đồng
  Mỗi thành viên hội đồng đang chấm hồ sơ nộp phiếu với điểm ba phần: A (sản phẩm và sức mạnh cộng đồng, tối đa 40),
  B (khả năng tiếp thị, tối đa 25), C (chất lượng sản phẩm, tối đa 35); điểm có tối đa hai chữ số thập phân.
  Thành viên chấm lại bằng cách nộp phiếu mới; phiếu mới nhất của mỗi thành viên được tính.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá

  @QD148_PL1
  Kịch bản: Tổng điểm của phiếu là tổng ba phần
    Khi thành viên thứ 1 của hội đồng cấp huyện nộp phiếu chấm điểm với phần A 30, phần B 20, phần C 25,5
    Thì lịch sử ghi phiếu chấm điểm lần 1 của thành viên thứ 1 của hội đồng cấp huyện với tổng 75,5 điểm

  @QD148_PL1
  Khung kịch bản: Điểm từng phần đúng thang điểm thì được nhận
    Khi thành viên thứ 1 của hội đồng cấp huyện nộp phiếu chấm điểm với phần A <A>, phần B <B>, phần C <C>
    Thì lịch sử ghi phiếu chấm điểm lần 1 của thành viên thứ 1 của hội đồng cấp huyện với tổng <tổng> điểm

    Dữ liệu:
      | A     | B     | C     | tổng   |
      | 40    | 25    | 35    | 100    |
      | 0     | 0     | 0     | 0      |
      | 12,25 | 10,5  | 20,01 | 42,76  |

  @QD148_PL1
  Khung kịch bản: Điểm từng phần vượt thang điểm hoặc sai định dạng thì phiếu bị từ chối
    Khi thành viên thứ 1 của hội đồng cấp huyện nộp phiếu chấm điểm với phần A <A>, phần B <B>, phần C <C>
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "parts.<phần sai>"

    Dữ liệu:
      | A      | B    | C  | phần sai |
      | 40,01  | 0    | 0  | A        |
      | 0      | 25,5 | 0  | B        |
      | 0      | 0    | 36 | C        |
      | -1     | 0    | 0  | A        |
      | 10,001 | 0    | 0  | A        |

  @QD148_PL1
  Kịch bản: Thành viên chấm lại, phiếu mới nhất được tính
    Khi các thành viên hội đồng cấp huyện chấm lần lượt 40; 60; 60 điểm
    Và thành viên thứ 1 của hội đồng cấp huyện chấm lại 59 điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp huyện là 59,66 điểm, hạng 3 sao, tính trên 3 phiếu
    Và lịch sử ghi phiếu chấm điểm lần 2 của thành viên thứ 1 của hội đồng cấp huyện với tổng 59 điểm

  Quy tắc: Chỉ thành viên của hội đồng đang chấm hồ sơ được nộp phiếu

    @QD148_PL2
    Kịch bản: Người có vai trò thành viên hội đồng nhưng không có tên trong hội đồng
      Khi người có vai trò thành viên hội đồng ở huyện Mỹ Lộc nhưng không có tên trong hội đồng chấm 60 điểm
      Thì thao tác bị từ chối với lý do "council_member"

    @QD148_PL2
    Kịch bản: Hội đồng cấp tỉnh không chấm hồ sơ đang ở cấp huyện
      Khi thành viên thứ 1 của hội đồng cấp tỉnh chấm 60 điểm cho hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    @QD148_PL2
    Kịch bản: Hội đồng của huyện khác không thấy hồ sơ
      Khi thành viên hội đồng quận Ba Đình chấm 60 điểm cho hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    @QD148_PL2
    Kịch bản: Cán bộ Phòng NN&PTNT huyện không chấm điểm
      Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc chấm 60 điểm cho hồ sơ "Giò lụa Mỹ Hà"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    @QD148_PL2
    Kịch bản: Hồ sơ chưa được UBND xã đánh giá thì chưa chấm điểm
      Cho hồ sơ "Chả quế Mỹ Hà" đã được đăng ký
      Khi thành viên thứ 1 của hội đồng cấp huyện chấm 60 điểm cho hồ sơ "Chả quế Mỹ Hà"
      Thì thao tác không thực hiện được ở trạng thái hiện tại
