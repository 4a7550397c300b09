# language: vi
@R26
Tính năng: Tiếp nhận hồ sơ sản phẩm OCOP tại UBND xã
  Theo Quyết định 26/2026/QĐ-TTg, chủ thể OCOP nộp hồ sơ sản phẩm tại UBND cấp xã; cán bộ xã tiếp nhận hồ sơ
  trên hệ thống. Hồ sơ gồm Phiếu đăng ký (Mẫu số 01) và Báo cáo tự đánh giá về sản phẩm (Mẫu số 02).
  Hồ sơ ghi quy trình tiếp nhận (ocop-2026) và giữ quy trình đó suốt vòng đời. Không còn cấp huyện.

  Quy tắc: Cán bộ xã tiếp nhận hồ sơ tại xã thuộc địa bàn của mình

    @QD26_D7
    Kịch bản: Cán bộ xã tiếp nhận hồ sơ lần đầu
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà"
      Thì hồ sơ "Giò lụa Mỹ Hà" ở trạng thái "Đã đăng ký"
      Và hồ sơ "Giò lụa Mỹ Hà" thuộc quy trình "ocop-2026" và được đánh dấu trong thời gian hiệu lực của quy trình
      Và hồ sơ "Giò lụa Mỹ Hà" có trong danh sách việc cần xử lý của cán bộ xã Mỹ Hà
      Và hồ sơ "Giò lụa Mỹ Hà" không có trong danh sách việc cần xử lý của cán bộ cơ quan tham mưu OCOP tỉnh Nam Định

    @QD26_D7
    Khung kịch bản: Chỉ cán bộ xã tiếp nhận hồ sơ
      Khi <người> đăng ký hồ sơ "Giò lụa Mỹ Hà" tại xã Mỹ Hà
      Thì thao tác bị từ chối vì vai trò không có thẩm quyền

      Dữ liệu:
        | người                                      |
        | cán bộ cơ quan tham mưu OCOP tỉnh Nam Định |
        | Chủ tịch UBND tỉnh Nam Định                |
        | cán bộ Phòng NN&PTNT huyện Mỹ Lộc          |

    @QD26_D7
    Kịch bản: Cán bộ xã không tiếp nhận hồ sơ cho xã khác
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Chả cá Phúc Xá" tại phường Phúc Xá
      Thì thao tác bị từ chối vì đơn vị nằm ngoài địa bàn

    @QD26_D7
    Kịch bản: Hồ sơ chỉ được tiếp nhận tại cấp xã
      Khi cán bộ xã có tài khoản gắn với huyện Mỹ Lộc đăng ký hồ sơ "Giò lụa Mỹ Lộc" tại huyện Mỹ Lộc
      Thì thao tác bị từ chối với lý do "register_at_commune"

  Quy tắc: Hồ sơ có Phiếu đăng ký (Mẫu số 01) và Báo cáo tự đánh giá (Mẫu số 02)

    @QD26_D6
    Khung kịch bản: Thiếu Mẫu số 01 hoặc Mẫu số 02 thì không tiếp nhận được
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà" với thông tin:
        | <mẫu> | (bỏ trống) |
      Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "<mục>"

      Dữ liệu:
        | mẫu                 | mục               |
        | phiếu đăng ký       | registration_form |
        | báo cáo tự đánh giá | self_assessment   |

    @QD26_PL1 @assumption
    Kịch bản: Bộ sản phẩm phải thuộc danh mục 01 đến 26
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Sản phẩm lạ" với thông tin:
        | bộ sản phẩm | 27 |
      Thì thao tác bị từ chối vì dữ liệu không hợp lệ ở mục "product.product_set"
