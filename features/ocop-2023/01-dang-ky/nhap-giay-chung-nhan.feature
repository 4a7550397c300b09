# language: vi
@R148
Tính năng: Nhập giấy chứng nhận OCOP đã cấp trên giấy
  Giấy chứng nhận đã cấp trước khi có hệ thống được nhập một lần, thành hồ sơ "Đã công nhận" với hạng sao,
  số quyết định, ngày cấp và đơn vị cấp. Thời hạn 36 tháng tính từ ngày cấp.

  @assumption
  Khung kịch bản: Nhập giấy chứng nhận đúng thẩm quyền của đơn vị cấp
    Khi <người nhập> nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao      | <hạng>        |
      | số quyết định | 56/QĐ-UBND    |
      | ngày cấp      | 15/03/2023    |
      | đơn vị cấp    | <đơn vị cấp>  |
    Thì hồ sơ "Bánh nhãn Mỹ Hà" ở trạng thái "Đã công nhận"
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" hạng <hạng> sao do <đơn vị cấp> cấp
    Và giấy chứng nhận của hồ sơ "Bánh nhãn Mỹ Hà" có giá trị đến hết ngày 15/03/2026

    Dữ liệu:
      | người nhập                                  | hạng | đơn vị cấp                    |
      | quản trị viên tỉnh Nam Định                 | 3    | UBND huyện Mỹ Lộc             |
      | quản trị viên tỉnh Nam Định                 | 3    | UBND tỉnh Nam Định            |
      | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định  | 4    | UBND tỉnh Nam Định            |
      | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định  | 5    | Bộ Nông nghiệp và Môi trường  |

  @assumption
  Khung kịch bản: Hạng sao không thuộc thẩm quyền của đơn vị cấp
    Khi quản trị viên tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | <hạng>       |
      | ngày cấp   | 15/03/2023   |
      | đơn vị cấp | <đơn vị cấp> |
    Thì thao tác bị từ chối với lý do "issuing_unit_stars"

    Dữ liệu:
      | hạng | đơn vị cấp                   |
      | 4    | UBND huyện Mỹ Lộc            |
      | 5    | UBND tỉnh Nam Định           |
      | 3    | Bộ Nông nghiệp và Môi trường |

  @assumption
  Kịch bản: Đơn vị cấp phải là huyện, tỉnh của xã hoặc Trung ương
    Khi quản trị viên tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | 3                 |
      | ngày cấp   | 15/03/2023        |
      | đơn vị cấp | UBND quận Ba Đình |
    Thì thao tác bị từ chối với lý do "issuing_unit"

  @assumption
  Kịch bản: Ngày cấp không được ở tương lai
    Khi quản trị viên tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | 3                 |
      | ngày cấp   | 04/06/2024        |
      | đơn vị cấp | UBND huyện Mỹ Lộc |
    Thì thao tác bị từ chối với lý do "issued_on_future"

  @assumption
  Kịch bản: Một giấy chứng nhận chỉ được nhập một lần
    Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 3 sao do UBND huyện Mỹ Lộc cấp ngày 15/03/2023
    Khi quản trị viên tỉnh Nam Định nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao      | 3                 |
      | số quyết định | 56/QĐ-UBND        |
      | ngày cấp      | 15/03/2023        |
      | đơn vị cấp    | UBND huyện Mỹ Lộc |
    Thì thao tác bị từ chối với lý do "already_imported"

  @assumption
  Kịch bản: Cán bộ xã không nhập giấy chứng nhận
    Khi cán bộ xã Mỹ Hà nhập giấy chứng nhận đã cấp của sản phẩm "Bánh nhãn Mỹ Hà" với thông tin:
      | hạng sao   | 3                 |
      | ngày cấp   | 15/03/2023        |
      | đơn vị cấp | UBND huyện Mỹ Lộc |
    Thì thao tác bị từ chối vì vai trò không có thẩm quyền
