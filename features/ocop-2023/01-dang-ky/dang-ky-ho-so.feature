# language: vi
@R148
Tính năng: Đăng ký hồ sơ sản phẩm OCOP tại UBND xã
  Chủ thể OCOP nộp phiếu đăng ký tại UBND xã nơi có sản phẩm; cán bộ xã đăng ký hồ sơ trên hệ thống.
  Hồ sơ ghi quy trình đăng ký (ocop-2023, theo Quyết định 148/QĐ-TTg) và giữ quy trình đó suốt vòng đời.

  Quy tắc: Cán bộ xã đăng ký hồ sơ tại xã thuộc địa bàn của mình

    @QD148_PL2
    Kịch bản: Cán bộ xã đăng ký hồ sơ lần đầu
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà"
      Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã đăng ký"
      Và hồ sơ "Giò lụa Mỹ Hà" thuộc quy trình "ocop-2023" và được đánh dấu trong thời gian hiệu lực của quy trình
      Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của cán bộ xã Mỹ Hà

    @QD148_PL2
    Kịch bản: Chỉ cán bộ xã được đăng ký hồ sơ
      Khi cán bộ Phòng NN&PTNT huyện Mỹ Lộc đăng ký hồ sơ "Giò lụa Mỹ Hà" tại xã Mỹ Hà
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

    @QD148_PL2
    Kịch bản: Cán bộ xã không đăng ký hồ sơ cho xã khác
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Chả cá Phúc Xá" tại phường Phúc Xá
      Thì thao tác bị từ chối vì đơn vị nằm ngoài địa bàn

    @QD148_PL2
    Kịch bản: Hồ sơ chỉ được đăng ký tại cấp xã, không đăng ký tại huyện
      Khi cán bộ xã có tài khoản gắn với huyện Mỹ Lộc đăng ký hồ sơ "Giò lụa Mỹ Lộc" tại huyện Mỹ Lộc
      Thì thao tác bị từ chối với lý do "register_at_commune"

  Quy tắc: Chủ thể OCOP và bộ sản phẩm

    @QD148_PL2
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

    @QD148_PL2
    Kịch bản: Hội chỉ được đăng ký sản phẩm dịch vụ du lịch cộng đồng
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa của Hội phụ nữ" với thông tin:
        | chủ thể     | hội |
        | bộ sản phẩm | 08  |
      Thì thao tác bị từ chối với lý do "association_tourism_only"

    @assumption
    Kịch bản: Bộ sản phẩm phải thuộc danh mục 01 đến 26
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Sản phẩm lạ" với thông tin:
        | bộ sản phẩm | 27 |
      Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "product.product_set"
