# language: vi
@R148
Tính năng: Điểm trung bình và hạng sao
  Hạng sao tính trên điểm trung bình chính xác của các phiếu; điểm hiển thị cắt bớt đến hai chữ số thập phân,
  không làm tròn lên: 69,996 hiển thị "69,99" và là 3 sao, không phải 4 sao.
  1 sao: dưới 30; 2 sao: 30 đến dưới 50; 3 sao: 50 đến dưới 70; 4 sao: 70 đến dưới 90; 5 sao: 90 đến 100.

  @QD148_D1
  Khung kịch bản: Điểm trung bình sát ngưỡng không được làm tròn lên hạng trên
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi các thành viên hội đồng cấp huyện chấm lần lượt <điểm> điểm
    Và cán bộ Phòng NN&PTNT huyện Mỹ Lộc kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp huyện là <hiển thị> điểm, hạng <hạng> sao

    Dữ liệu:
      | điểm                        | hiển thị | hạng |
      | 29,99; 30; 30               | 29,99    | 1    |
      | 49,99; 50; 50               | 49,99    | 2    |
      | 69,99; 69,99; 70            | 69,99    | 3    |
      | 89,99; 89,99; 89,99; 90,02  | 89,99    | 4    |
      | 90; 90; 89,99               | 89,99    | 4    |
