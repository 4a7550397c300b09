# language: vi
@R26
Tính năng: Loại hồ sơ theo căn cứ in trên phiếu đánh giá của bộ sản phẩm
  Mỗi bộ tiêu chí kiêm phiếu đánh giá (Phụ lục II) ghi các trường hợp "Hồ sơ bị loại khi": giả mạo hồ sơ; không
  tuân thủ quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; không đáp ứng về hồ sơ đăng ký; với
  một số bộ, sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc, giống hệt sản phẩm của nhà sản xuất
  khác, không tuân thủ quy định về GMP... Cơ quan tham mưu của cấp đang xử lý hồ sơ (cấp tỉnh: từ khi tiếp nhận đến
  khi Chủ tịch UBND tỉnh quyết định; cấp Trung ương: khi hồ sơ đã gửi Bộ) loại hồ sơ với căn cứ của bộ sản phẩm và
  lý do. Hồ sơ bị loại kết thúc ở trạng thái "Không đạt", không có hạng sao; vòng chấm điểm đang mở bị hủy. Bộ sản
  phẩm 26 (dịch vụ du lịch) không ghi trường hợp bị loại nào.

  @QD26_PL2 @QD26_D7
  Khung kịch bản: Loại hồ sơ ở từng bước, do cơ quan tham mưu của cấp đang xử lý hồ sơ
    Cho hồ sơ "Giò lụa Mỹ Hà" <bước>
    Khi <người> loại hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Phiếu kết quả kiểm nghiệm là giả"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Không đạt"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi hồ sơ bị loại theo căn cứ "giả mạo hồ sơ" của bộ sản phẩm 08, không có hạng sao
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi lý do "Phiếu kết quả kiểm nghiệm là giả" cho thao tác "Loại hồ sơ"
    Và hồ sơ "Giò lụa Mỹ Hà" không có giấy chứng nhận
    Và <người> không còn thao tác nào đối với hồ sơ "Giò lụa Mỹ Hà"

    Dữ liệu:
      | bước                                           | người                                      |
      | đã được cấp tỉnh tiếp nhận                     | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | đã được Tổ tư vấn đánh giá                     | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | đã được hội đồng cấp tỉnh chấm 75 điểm         | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
      | đã được gửi lên Trung ương                     | cán bộ Văn phòng Điều phối NTM Trung ương  |
      | đã được hội đồng cấp Trung ương chấm 85 điểm   | cán bộ Văn phòng Điều phối NTM Trung ương  |

  @QD26_PL2
  Khung kịch bản: Các căn cứ loại hồ sơ in trên phiếu của bộ sản phẩm
    Cho hồ sơ "Sản phẩm Mỹ Hà" thuộc bộ sản phẩm <bộ> đã được cấp tỉnh tiếp nhận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định loại hồ sơ "Sản phẩm Mỹ Hà" theo căn cứ "<căn cứ>" với lý do "Kết quả kiểm tra hồ sơ"
    Thì hồ sơ "Sản phẩm Mỹ Hà" ở trạng thái "Không đạt"
    Và lịch sử hồ sơ "Sản phẩm Mỹ Hà" ghi hồ sơ bị loại theo căn cứ "<căn cứ>" của bộ sản phẩm <bộ>, không có hạng sao

    Dữ liệu:
      | bộ | căn cứ                                                                          |
      | 08 | giả mạo hồ sơ                                                                   |
      | 08 | không tuân thủ quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm |
      | 08 | không đáp ứng về hồ sơ đăng ký                                                  |
      | 08 | sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc                   |
      | 08 | giống hệt sản phẩm của nhà sản xuất khác                                        |
      | 18 | không tuân thủ quy định về GMP                                                  |
      | 21 | không đáp ứng về hồ sơ đăng ký                                                  |

  @QD26_PL2
  Khung kịch bản: Căn cứ không in trên phiếu của bộ sản phẩm thì không loại được hồ sơ
    Cho hồ sơ "Sản phẩm Mỹ Hà" thuộc bộ sản phẩm <bộ> đã được cấp tỉnh tiếp nhận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định loại hồ sơ "Sản phẩm Mỹ Hà" theo căn cứ "<căn cứ>" với lý do "Kết quả kiểm tra hồ sơ"
    Thì thao tác bị từ chối với lý do "disqualification_ground"
    Và hồ sơ "Sản phẩm Mỹ Hà" vẫn ở trạng thái "Cấp tỉnh đã tiếp nhận hồ sơ"

    Dữ liệu:
      | bộ | căn cứ                                                                          |
      | 08 | không tuân thủ quy định về GMP                                                  |
      | 01 | giống hệt sản phẩm của nhà sản xuất khác                                        |
      | 21 | không tuân thủ quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm |
      | 08 | nhãn mác chưa đẹp                                                               |

  @QD26_PL2
  Kịch bản: Sản phẩm dịch vụ du lịch (bộ 26) không bị loại theo phiếu đánh giá
    Cho hồ sơ "Du lịch làng nghề Mỹ Hà" thuộc bộ sản phẩm 26 đã được cấp tỉnh tiếp nhận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định loại hồ sơ "Du lịch làng nghề Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
    Thì thao tác bị từ chối với lý do "no_disqualification_grounds"
    Và hồ sơ "Du lịch làng nghề Mỹ Hà" vẫn ở trạng thái "Cấp tỉnh đã tiếp nhận hồ sơ"

  @QD26_PL2 @assumption
  Kịch bản: Loại hồ sơ khi hội đồng đang chấm điểm thì vòng chấm điểm bị hủy
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được Tổ tư vấn đánh giá
    Và 2 thành viên hội đồng cấp tỉnh đã chấm 70 điểm
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định loại hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "không đáp ứng về hồ sơ đăng ký" với lý do "Thiếu Mẫu số 02 hợp lệ"
    Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Không đạt"
    Và lịch sử hồ sơ "Giò lụa Mỹ Hà" ghi vòng chấm điểm 1 cấp tỉnh không còn được tính
    Và hồ sơ "Giò lụa Mỹ Hà" không có trong danh sách việc cần xử lý của thành viên thứ 4 của hội đồng cấp tỉnh
    Và kiểm toán viên tỉnh Nam Định thấy 2 phiếu chấm điểm trong lịch sử hồ sơ "Giò lụa Mỹ Hà"

  @QD26_PL2
  Kịch bản: Loại hồ sơ phải nêu lý do
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định loại hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "giả mạo hồ sơ"
    Thì thao tác bị từ chối vì thiếu lý do

  @QD26_PL2
  Kịch bản: Loại hồ sơ phải nêu căn cứ
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định loại hồ sơ "Giò lụa Mỹ Hà" với lý do "Hồ sơ không đạt"
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "ground"

  Quy tắc: Cơ quan tham mưu của cấp đang xử lý hồ sơ loại hồ sơ

    @QD26_D7
    Khung kịch bản: Cơ quan tham mưu của cấp khác không loại hồ sơ
      Cho hồ sơ "Giò lụa Mỹ Hà" <bước>
      Khi <người> loại hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
      Thì thao tác bị từ chối với lý do "stage"
      Và hồ sơ "Giò lụa Mỹ Hà" vẫn ở trạng thái "<trạng thái>"

      Dữ liệu:
        | bước                                         | người                                      | trạng thái                          |
        | đã được cấp tỉnh tiếp nhận                   | cán bộ Văn phòng Điều phối NTM Trung ương  | Cấp tỉnh đã tiếp nhận hồ sơ         |
        | đã được hội đồng cấp tỉnh chấm 75 điểm       | cán bộ Văn phòng Điều phối NTM Trung ương  | Hội đồng tỉnh đã chấm điểm          |
        | đã được gửi lên Trung ương                   | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định | Đã gửi Bộ Nông nghiệp và Môi trường |
        | đã được hội đồng cấp Trung ương chấm 85 điểm | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định | Hội đồng Trung ương đã chấm điểm    |

    @QD26_D7
    Khung kịch bản: Người không phải cơ quan tham mưu không loại hồ sơ
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
      Khi <người> loại hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

      Dữ liệu:
        | người                                   |
        | Chủ tịch UBND tỉnh Nam Định             |
        | cán bộ xã Mỹ Hà                         |
        | thành viên thứ 1 của hội đồng cấp tỉnh  |

    @QD26_D7
    Kịch bản: Cơ quan tham mưu OCOP của tỉnh khác không thấy hồ sơ
      Cho hồ sơ "Giò lụa Mỹ Hà" đã được cấp tỉnh tiếp nhận
      Khi cán bộ cơ quan tham mưu OCOP thành phố Hà Nội loại hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
      Thì thao tác bị từ chối vì hồ sơ nằm ngoài địa bàn

    @QD26_D7 @assumption
    Khung kịch bản: Hồ sơ chưa được cấp tỉnh tiếp nhận hoặc đã được công nhận thì không loại được
      Cho hồ sơ "Giò lụa Mỹ Hà" <bước>
      Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định loại hồ sơ "Giò lụa Mỹ Hà" theo căn cứ "giả mạo hồ sơ" với lý do "Hồ sơ giả mạo"
      Thì thao tác không thực hiện được ở trạng thái hiện tại

      Dữ liệu:
        | bước                     |
        | đã được đăng ký          |
        | đã được UBND xã đánh giá |
        | đã được công nhận 3 sao  |
