# language: vi
@R26
Tính năng: Nhập giấy chứng nhận OCOP đã cấp trên giấy
  Giấy chứng nhận đã cấp trước khi có hệ thống được nhập một lần (giả định), thành hồ sơ "Đã công nhận" với hạng
  sao, số quyết định, ngày cấp và đơn vị cấp, do quản trị viên hoặc cơ quan tham mưu OCOP tỉnh thực hiện. Đơn vị cấp
  là tỉnh của xã (3 sao, 4 sao) hoặc Bộ Nông nghiệp và Môi trường (5 sao) (Điều 7 khoản 3 điểm e, khoản 4 điểm e).
  Thời hạn 36 tháng tính từ ngày cấp; ngày cấp không được ở tương lai.

  @QD26_D4 @assumption
  Khung kịch bản: Nhập giấy chứng nhận đúng thẩm quyền của đơn vị cấp
    Khi <người nhập> nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao      | <hạng>       |
      | số quyết định | 56/QĐ-UBND   |
      | ngày cấp      | 25/05/2026   |
      | đơn vị cấp    | <đơn vị cấp> |
    Thì hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" hạng <hạng> sao do <đơn vị cấp> cấp
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" có giá trị đến hết ngày 25/05/2029
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" có tình trạng "còn hiệu lực"
    Và lịch sử hồ sơ "Bánh nhãn Mỹ Hà" ghi lần lượt:
      | thao tác                    | từ trạng thái | đến trạng thái | người thực hiện |
      | Nhập giấy chứng nhận đã cấp | —             | Đã công nhận   | <người nhập>    |

    Dữ liệu:
      | người nhập                                 | hạng | đơn vị cấp                   |
      | quản trị viên tỉnh Nam Định                | 3    | UBND tỉnh Nam Định           |
      | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định | 4    | UBND tỉnh Nam Định           |
      | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định | 5    | Bộ Nông nghiệp và Môi trường |

  @QD26_D4 @assumption
  Khung kịch bản: Hạng sao không thuộc thẩm quyền của đơn vị cấp
    Khi quản trị viên tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | <hạng>       |
      | ngày cấp   | 25/05/2026   |
      | đơn vị cấp | <đơn vị cấp> |
    Thì thao tác bị từ chối với lý do "issuing_unit_stars"

    Dữ liệu:
      | hạng | đơn vị cấp                   |
      | 5    | UBND tỉnh Nam Định           |
      | 3    | Bộ Nông nghiệp và Môi trường |
      | 4    | Bộ Nông nghiệp và Môi trường |

  @assumption
  Kịch bản: Đơn vị cấp phải là tỉnh của xã hoặc Bộ Nông nghiệp và Môi trường
    Khi quản trị viên tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | 3                     |
      | ngày cấp   | 25/05/2026            |
      | đơn vị cấp | UBND thành phố Hà Nội |
    Thì thao tác bị từ chối với lý do "issuing_unit"

  @QD1489 @assumption
  Kịch bản: Giấy chứng nhận do huyện cấp không nhập theo quy trình 2026 (không còn cấp huyện)
    Khi quản trị viên tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | 3                 |
      | ngày cấp   | 25/05/2026        |
      | đơn vị cấp | UBND huyện Mỹ Lộc |
    Thì thao tác bị từ chối với lý do "issuing_unit_level"

  @assumption
  Kịch bản: Ngày cấp giấy chứng nhận nhập vào không được ở tương lai
    Khi quản trị viên tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | 3                  |
      | ngày cấp   | 02/06/2026         |
      | đơn vị cấp | UBND tỉnh Nam Định |
    Thì thao tác bị từ chối với lý do "issued_on_future"

  @assumption
  Kịch bản: Một giấy chứng nhận chỉ được nhập một lần
    Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 3 sao do UBND tỉnh Nam Định cấp ngày 25/05/2026
    Khi cán bộ cơ quan tham mưu OCOP tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao      | 3                  |
      | số quyết định | 56/QĐ-UBND         |
      | ngày cấp      | 25/05/2026         |
      | đơn vị cấp    | UBND tỉnh Nam Định |
    Thì thao tác bị từ chối với lý do "already_imported"

  @assumption
  Khung kịch bản: Chỉ quản trị viên và cơ quan tham mưu OCOP tỉnh nhập giấy chứng nhận
    Khi <người> nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | 3                  |
      | ngày cấp   | 25/05/2026         |
      | đơn vị cấp | UBND tỉnh Nam Định |
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    Dữ liệu:
      | người                       |
      | cán bộ xã Mỹ Hà             |
      | Chủ tịch UBND tỉnh Nam Định |

  @assumption
  Kịch bản: Giấy chứng nhận đã nhập được theo dõi thời hạn như giấy chứng nhận cấp trên hệ thống
    Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 4 sao do UBND tỉnh Nam Định cấp ngày 25/05/2026
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 25/11/2028
    Thì hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Đã công nhận"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 26/11/2028
    Thì hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Sắp hết hạn"
    Khi hệ thống chạy kiểm tra thời hạn giấy chứng nhận vào ngày 26/05/2029
    Thì hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Hết hạn"
