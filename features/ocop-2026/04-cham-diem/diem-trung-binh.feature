# language: vi
@R26
Tính năng: Điểm trung bình và hạng sao theo điểm
  Hạng sao theo điểm tính trên điểm trung bình chính xác của các phiếu; điểm hiển thị cắt bớt đến hai chữ số thập
  phân, không làm tròn lên. 1 sao: dưới 30; 2 sao: 30 đến dưới 50; 3 sao: 50 đến dưới 70; 4 sao: 70 đến dưới 90;
  5 sao: 90 đến 100 điểm.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá

  @QD26_D3
  Khung kịch bản: Điểm trung bình sát ngưỡng không được làm tròn lên hạng trên
    Khi các thành viên hội đồng cấp tỉnh chấm lần lượt <điểm> điểm
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì kết quả chấm điểm cấp tỉnh là <hiển thị> điểm, hạng <hạng> sao

    Dữ liệu:
      | điểm                        | hiển thị | hạng |
      | 29,99; 30; 30               | 29,99    | 1    |
      | 49,99; 50; 50               | 49,99    | 2    |
      | 69,99; 69,99; 70            | 69,99    | 3    |
      | 89,99; 89,99; 89,99; 90,02  | 89,99    | 4    |
      | 90; 90; 89,99               | 89,99    | 4    |

  @assumption
  Kịch bản: Thành viên hội đồng chưa thấy điểm trung bình cho đến khi kết thúc chấm điểm
    Khi 3 thành viên hội đồng cấp tỉnh chấm 75 điểm, không đạt yêu cầu tối thiểu 4 sao ở tiêu chí 2.1
    Thì thành viên thứ 1 của hội đồng cấp tỉnh chưa thấy điểm trung bình và hạng sao của hồ sơ "Giò lụa Mỹ Hà"
    Và thành viên thứ 1 của hội đồng cấp tỉnh chỉ thấy phiếu chấm điểm của chính mình trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
    Và cán bộ cơ quan tham mưu OCOP tỉnh Nam Định thấy điểm trung bình 75,00 điểm, đạt 3 sao theo yêu cầu tối thiểu của hồ sơ "Giò lụa Mỹ Hà"
    Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của thành viên thứ 4 của hội đồng cấp tỉnh
    Và hồ sơ "Giò lụa Mỹ Hà" không có trong danh sách việc cần xử lý của thành viên thứ 1 của hội đồng cấp tỉnh
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định kết thúc chấm điểm hồ sơ "Giò lụa Mỹ Hà"
    Thì thành viên thứ 1 của hội đồng cấp tỉnh thấy 3 phiếu chấm điểm trong lịch sử hồ sơ "Giò lụa Mỹ Hà"
