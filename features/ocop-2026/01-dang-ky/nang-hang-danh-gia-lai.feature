# language: vi
@R26
Tính năng: Hồ sơ nâng hạng và hồ sơ đánh giá lại (phân hạng lại)
  Nâng hạng và đánh giá lại là hồ sơ mới của cùng sản phẩm, ghi rõ hồ sơ trước đang được công nhận. Hồ sơ nâng
  hạng nêu nội dung và minh chứng những thay đổi so với sản phẩm đã được công nhận; hồ sơ đánh giá lại cập nhật
  bảy nội dung mới sau thời gian được công nhận. Hồ sơ đăng ký lần đầu không kèm hai nội dung này.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao

  @QD26_D6
  Khung kịch bản: Hồ sơ đăng ký lần đầu không kèm nội dung thay đổi hoặc nội dung cập nhật
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Chả quế Mỹ Hà" với thông tin:
      | loại đăng ký | lần đầu   |
      | <nội dung>   | <giá trị> |
    Thì thao tác bị từ chối với lý do "<lý do>"

    Dữ liệu:
      | nội dung          | giá trị         | lý do                |
      | nội dung thay đổi | Bao bì mới      | changes_upgrade_only |
      | nội dung cập nhật | đủ bảy nội dung | updates_renewal_only |

  @QD26_D6
  Kịch bản: Hồ sơ nâng hạng phải nêu những thay đổi so với sản phẩm đã được công nhận
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà nâng hạng" với thông tin:
      | loại đăng ký      | nâng hạng     |
      | hồ sơ trước       | Giò lụa Mỹ Hà |
      | nội dung thay đổi | (bỏ trống)    |
    Thì thao tác bị từ chối với lý do "upgrade_changes"

  @QD26_D6
  Kịch bản: Hồ sơ nâng hạng nêu thay đổi thì được tiếp nhận
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà nâng hạng" với thông tin:
      | loại đăng ký      | nâng hạng                    |
      | hồ sơ trước       | Giò lụa Mỹ Hà                |
      | nội dung thay đổi | Đạt chứng nhận HACCP năm 2026 |
    Thì hồ sơ "Giò lụa Mỹ Hà nâng hạng" ở trạng thái "Đã đăng ký"

  @QD26_D6
  Kịch bản: Hồ sơ đánh giá lại phải cập nhật nội dung sau thời gian được công nhận
    Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 3 sao do UBND tỉnh Nam Định cấp ngày 15/03/2024
    Và hôm nay là ngày 01/10/2026
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Bánh nhãn Mỹ Hà 2026" với thông tin:
      | loại đăng ký      | đánh giá lại    |
      | hồ sơ trước       | Bánh nhãn Mỹ Hà |
      | nội dung cập nhật | (bỏ trống)      |
    Thì thao tác bị từ chối với lý do "renewal_updates"

  @QD26_D7
  Khung kịch bản: Nâng hạng và đánh giá lại phải ghi hồ sơ trước
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà mới" với thông tin:
      | loại đăng ký | <loại đăng ký> |
    Thì thao tác bị từ chối với lý do "previous_dossier_required"

    Dữ liệu:
      | loại đăng ký |
      | nâng hạng    |
      | đánh giá lại |

  @QD26_D7
  Kịch bản: Đăng ký lần đầu không ghi hồ sơ trước
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà mới" với thông tin:
      | loại đăng ký | lần đầu       |
      | hồ sơ trước  | Giò lụa Mỹ Hà |
    Thì thao tác bị từ chối với lý do "first_has_no_predecessor"

  @QD26_D7
  Kịch bản: Hồ sơ trước chưa được công nhận thì không nâng hạng được
    Cho hồ sơ "Chả quế Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Chả quế Mỹ Hà nâng hạng" với thông tin:
      | loại đăng ký | nâng hạng     |
      | hồ sơ trước  | Chả quế Mỹ Hà |
    Thì thao tác bị từ chối với lý do "previous_dossier_state"

  @assumption
  Kịch bản: Mỗi sản phẩm chỉ có một hồ sơ kế tiếp đang xử lý
    Cho hồ sơ nâng hạng "Giò lụa Mỹ Hà nâng hạng" của hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà nâng hạng lần hai" với thông tin:
      | loại đăng ký | nâng hạng     |
      | hồ sơ trước  | Giò lụa Mỹ Hà |
    Thì thao tác bị từ chối với lý do "open_successor"
