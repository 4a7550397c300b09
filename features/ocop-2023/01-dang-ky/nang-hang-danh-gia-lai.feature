# language: vi
@R148
Tính năng: Đăng ký nâng hạng và đánh giá lại (công nhận lại) cho sản phẩm đã có giấy chứng nhận
  Nâng hạng và đánh giá lại là hồ sơ mới của cùng sản phẩm, ghi rõ hồ sơ trước. Hồ sơ trước phải đang được
  công nhận ("Đã công nhận" hoặc "Sắp hết hạn"); riêng đánh giá lại được nộp cả khi giấy chứng nhận đã hết hạn.
  Mỗi sản phẩm chỉ có một hồ sơ kế tiếp đang xử lý.

  Bối cảnh:
    Cho hồ sơ "Giò lụa Mỹ Hà" đã được công nhận 3 sao

  @QD148_PL2
  Kịch bản: Đăng ký lần đầu không ghi hồ sơ trước
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà mới" với thông tin:
      | loại đăng ký | lần đầu       |
      | hồ sơ trước  | Giò lụa Mỹ Hà |
    Thì thao tác bị từ chối với lý do "first_has_no_predecessor"

  @QD148_PL2
  Khung kịch bản: Nâng hạng và đánh giá lại phải ghi hồ sơ trước
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà mới" với thông tin:
      | loại đăng ký | <loại đăng ký> |
    Thì thao tác bị từ chối với lý do "previous_dossier_required"

    Dữ liệu:
      | loại đăng ký |
      | nâng hạng    |
      | đánh giá lại |

  @QD148_PL2
  Kịch bản: Hồ sơ trước phải có trên hệ thống, trong địa bàn của cán bộ
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà mới" với thông tin:
      | loại đăng ký | nâng hạng                                |
      | hồ sơ trước  | mã 00000000-0000-0000-0000-000000000000  |
    Thì thao tác bị từ chối với lý do "previous_dossier_unknown"

  @QD148_PL2
  Kịch bản: Hồ sơ trước chưa được công nhận thì không nâng hạng được
    Cho hồ sơ "Chả quế Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Chả quế Mỹ Hà nâng hạng" với thông tin:
      | loại đăng ký | nâng hạng     |
      | hồ sơ trước  | Chả quế Mỹ Hà |
    Thì thao tác bị từ chối với lý do "previous_dossier_state"

  @QD148_PL2
  Khung kịch bản: Nâng hạng hoặc đánh giá lại sản phẩm đang được công nhận
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà kế tiếp" với thông tin:
      | loại đăng ký | <loại đăng ký> |
      | hồ sơ trước  | Giò lụa Mỹ Hà  |
    Thì hồ sơ "Giò lụa Mỹ Hà kế tiếp" ở trạng thái "Đã đăng ký"

    Dữ liệu:
      | loại đăng ký |
      | nâng hạng    |
      | đánh giá lại |

  @QD148_PL2
  Kịch bản: Mỗi sản phẩm chỉ có một hồ sơ kế tiếp đang xử lý
    Cho hồ sơ nâng hạng "Giò lụa Mỹ Hà nâng hạng" của hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà đánh giá lại" với thông tin:
      | loại đăng ký | đánh giá lại  |
      | hồ sơ trước  | Giò lụa Mỹ Hà |
    Thì thao tác bị từ chối với lý do "open_successor"

  @QD148_PL2
  Kịch bản: Hồ sơ kế tiếp đã kết thúc thì được đăng ký hồ sơ kế tiếp mới
    Cho hồ sơ nâng hạng "Giò lụa Mỹ Hà nâng hạng" của hồ sơ "Giò lụa Mỹ Hà" đã được UBND xã đánh giá
    Khi cán bộ xã Mỹ Hà rút hồ sơ "Giò lụa Mỹ Hà nâng hạng" với lý do "Chủ thể xin rút để hoàn thiện sản phẩm"
    Và cán bộ xã Mỹ Hà đăng ký hồ sơ "Giò lụa Mỹ Hà nâng hạng lần hai" với thông tin:
      | loại đăng ký | nâng hạng     |
      | hồ sơ trước  | Giò lụa Mỹ Hà |
    Thì hồ sơ "Giò lụa Mỹ Hà nâng hạng lần hai" ở trạng thái "Đã đăng ký"

  Quy tắc: Sau khi giấy chứng nhận hết hạn, chỉ được đánh giá lại, không nâng hạng

    @QD148_PL2
    Khung kịch bản: Hồ sơ trước đã hết hạn
      Cho hồ sơ "Bánh nhãn Mỹ Hà" đã được nhập giấy chứng nhận 3 sao do UBND huyện Mỹ Lộc cấp ngày 15/03/2022
      Và hôm nay là ngày 01/04/2025
      Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Sắp hết hạn"
      Và hệ thống đã chuyển hồ sơ "Bánh nhãn Mỹ Hà" sang trạng thái "Hết hạn"
      Khi cán bộ xã Mỹ Hà đăng ký hồ sơ "Bánh nhãn Mỹ Hà 2025" với thông tin:
        | loại đăng ký | <loại đăng ký>  |
        | hồ sơ trước  | Bánh nhãn Mỹ Hà |
      Thì <kết quả>

      Dữ liệu:
        | loại đăng ký | kết quả                                                  |
        | đánh giá lại | hồ sơ "Bánh nhãn Mỹ Hà 2025" ở trạng thái "Đã đăng ký"   |
        | nâng hạng    | thao tác bị từ chối với lý do "previous_dossier_state"   |
