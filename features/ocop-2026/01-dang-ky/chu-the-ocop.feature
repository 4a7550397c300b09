# language: vi
@R26
Tính năng: Chủ thể OCOP được đăng ký sản phẩm
  Chủ thể OCOP là hợp tác xã, tổ hợp tác, doanh nghiệp nhỏ và vừa, trang trại, hộ sản xuất có đăng ký kinh doanh.
  Hội và các tổ chức tương tự chỉ được đăng ký sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm
  du lịch (bộ sản phẩm 26, tham số "tourism_product_set").

  @QD26_D2
  Khung kịch bản: Các loại chủ thể được đăng ký sản phẩm
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "<sản phẩm>" với thông tin:
      | chủ thể     | <chủ thể>     |
      | bộ sản phẩm | <bộ sản phẩm> |
    Thì hồ sơ "<sản phẩm>" ở trạng thái "Đã đăng ký"

    Dữ liệu:
      | sản phẩm                 | chủ thể      | bộ sản phẩm |
      | Giò lụa Mỹ Hà            | hợp tác xã   | 08          |
      | Chè xanh Mỹ Hà           | tổ hợp tác   | 11          |
      | Nước mắm Mỹ Hà           | doanh nghiệp | 09          |
      | Cam Mỹ Hà                | trang trại   | 01          |
      | Bánh nhãn Mỹ Hà          | hộ sản xuất  | 06          |
      | Du lịch làng nghề Mỹ Hà  | hội          | 26          |

  @QD26_D2
  Khung kịch bản: Hội chỉ được đăng ký sản phẩm dịch vụ du lịch
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Sản phẩm của Hội phụ nữ" với thông tin:
      | chủ thể     | hội           |
      | bộ sản phẩm | <bộ sản phẩm> |
    Thì thao tác bị từ chối với lý do "association_tourism_only"

    Dữ liệu:
      | bộ sản phẩm |
      | 08          |
      | 25          |

  @QD26_D2
  Kịch bản: Chủ thể phải có số đăng ký kinh doanh
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Bánh nhãn Mỹ Hà" với thông tin:
      | chủ thể               | hộ sản xuất |
      | số đăng ký kinh doanh | (bỏ trống)  |
    Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "producer.registration_no"
