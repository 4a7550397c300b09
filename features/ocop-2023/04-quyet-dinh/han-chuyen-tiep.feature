# language: vi
@R148
Tính năng: Hạn quyết định chuyển tiếp cho hồ sơ nộp trước ngày 22/05/2026
  Hồ sơ nộp trước ngày Quyết định 26/2026/QĐ-TTg có hiệu lực (22/05/2026) mà chưa có quyết định thì tiếp tục
  xử lý theo quy trình đã nộp, và phải có quyết định chậm nhất ngày 21/07/2026 (đăng ký lần đầu, nâng hạng) hoặc
  21/06/2026 (đánh giá lại). Hạn này hiển thị trên hồ sơ từ ngày 22/05/2026.

  @QD26_D11_12
  Khung kịch bản: Hạn quyết định của hồ sơ đăng ký lần đầu chưa được quyết định
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Và hôm nay là ngày <hôm nay>
    Thì hạn quyết định chuyển tiếp của hồ sơ "Giò lụa Mỹ Hà" là <hạn>

    Dữ liệu:
      | hôm nay    | hạn                           |
      | 21/05/2026 | không có                      |
      | 22/05/2026 | ngày 21/07/2026, chưa quá hạn |
      | 21/07/2026 | ngày 21/07/2026, chưa quá hạn |
      | 22/07/2026 | ngày 21/07/2026, đã quá hạn   |

  @QD26_D11_12
  Kịch bản: Hạn quyết định của hồ sơ đánh giá lại chưa được quyết định
    Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 3 sao do UBND huyện Mỹ Lộc cấp ngày 15/03/2022
    Và hôm nay là ngày 01/03/2025
    Và hồ sơ đánh giá lại "Bánh nhãn Mỹ Hà 2025" của hồ sơ "Bánh nhãn Mỹ Hà" đã được UBND xã đánh giá
    Và hôm nay là ngày 01/06/2026
    Thì hạn quyết định chuyển tiếp của hồ sơ "Bánh nhãn Mỹ Hà 2025" là ngày 21/06/2026, chưa quá hạn

  @QD26_D11_12
  Kịch bản: Hồ sơ đã có quyết định thì không còn hạn chuyển tiếp
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao
    Và hôm nay là ngày 01/06/2026
    Thì hạn quyết định chuyển tiếp của hồ sơ "Giò lụa Mỹ Hà" là không có
