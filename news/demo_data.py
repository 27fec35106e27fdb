"""Invented demo content in Vietnamese (categories, tags and articles) for seeding the portal's newsroom."""

# (name, slug, parent_slug or None, show_on_home, home_order, description)
CATEGORIES = [
    (
        "Tin tức - Sự kiện",
        "tin-tuc-su-kien",
        None,
        True,
        1,
        "Những tin tức, sự kiện nổi bật của ngành giáo dục và đào tạo tỉnh Đắk Lắk.",
    ),
    (
        "Tin trong tỉnh",
        "tin-trong-tinh",
        "tin-tuc-su-kien",
        True,
        2,
        "Hoạt động của Sở Giáo dục và Đào tạo và các sự kiện giáo dục diễn ra trên địa bàn toàn tỉnh.",
    ),
    (
        "Tin từ cơ sở",
        "tin-tu-co-so",
        "tin-tuc-su-kien",
        True,
        3,
        "Tin bài do các phòng giáo dục và đào tạo, nhà trường và cộng tác viên ở cơ sở gửi về.",
    ),
    (
        "Hoạt động chuyên môn",
        "hoat-dong-chuyen-mon",
        None,
        True,
        4,
        "Đổi mới phương pháp dạy học, bồi dưỡng đội ngũ và các hội thi, chuyên đề chuyên môn của các cấp học.",
    ),
    (
        "Thi cử - Tuyển sinh",
        "thi-cu-tuyen-sinh",
        None,
        True,
        5,
        "Thông tin về kỳ thi tốt nghiệp THPT, tuyển sinh đầu cấp và các kỳ thi chọn học sinh giỏi.",
    ),
    (
        "Gương điển hình",
        "guong-dien-hinh",
        None,
        True,
        6,
        "Những thầy cô, học sinh và tập thể tiêu biểu, lan tỏa tinh thần dạy tốt, học tốt trong ngành.",
    ),
    (
        "Văn bản chỉ đạo",
        "van-ban-chi-dao",
        None,
        False,
        0,
        "Giới thiệu các kế hoạch, hướng dẫn và văn bản chỉ đạo mới của ngành giáo dục tỉnh.",
    ),
    (
        "Thông cáo báo chí",
        "thong-cao-bao-chi",
        None,
        False,
        0,
        "Thông tin chính thức do người phát ngôn của Sở Giáo dục và Đào tạo cung cấp cho báo chí.",
    ),
]

TAGS = [
    "Truyền thông giáo dục",
    "Phát ngôn báo chí",
    "Mạng xã hội",
    "Chuyển đổi số",
    "Cải cách hành chính",
    "Khai giảng năm học",
    "Thi tốt nghiệp THPT",
    "Tuyển sinh lớp 10",
    "Học sinh giỏi",
    "Hướng nghiệp",
    "Giáo dục dân tộc",
    "Giáo dục mầm non",
    "An toàn trường học",
    "Kỹ năng sống",
    "Phòng chống thiên tai",
    "Bồi dưỡng giáo viên",
    "Chương trình GDPT 2018",
    "Nghiên cứu khoa học",
    "Ngoại ngữ",
    "Thư viện trường học",
    "Bữa ăn học đường",
    "Học bổng",
    "Thi đua khen thưởng",
    "Cơ sở vật chất",
]

ARTICLES = [
    # --- Tin tức - Sự kiện --------------------------------------------------------------------------------------------
    {
        "title": "Đắk Lắk: chú trọng công tác truyền thông giáo dục, lan tỏa hình ảnh đẹp của thầy và trò",
        "lead": (
            "Năm học 2026-2027, ngành giáo dục Đắk Lắk xác định truyền thông là nhiệm vụ song hành với chuyên môn, chủ "
            "động cung cấp thông tin cho báo chí và kịp thời định hướng dư luận trước những vấn đề xã hội quan tâm."
        ),
        "body": (
            "<p>Toàn tỉnh Đắk Lắk hiện có hơn 700 trường học với gần nửa triệu học sinh, trong đó khoảng một phần ba "
            "là con em đồng bào dân tộc thiểu số. Mỗi chủ trương mới của ngành, từ tuyển sinh, thi cử đến các khoản "
            "thu đầu năm, đều chạm tới hàng trăm nghìn gia đình. Vì vậy, Sở GD&amp;ĐT coi công tác truyền thông giáo "
            "dục là cầu nối quan trọng để người dân hiểu đúng, đồng thuận và cùng chung tay với nhà trường.</p>"
            "<h2>Chủ động thông tin, không để “khoảng trống”</h2>"
            "<p>Theo ông Đỗ Thanh Bình, Chánh Văn phòng Sở, điểm mới của năm học này là các thông tin quan trọng được "
            "công bố đồng thời trên Cổng thông tin điện tử của Sở, trang mạng xã hội chính thức và qua các cơ quan báo "
            "chí ngay khi văn bản được ban hành. Những câu hỏi thường gặp của phụ huynh được tổng hợp, trả lời ngắn "
            "gọn, dễ hiểu, kèm đầu mối liên hệ cụ thể của từng phòng chuyên môn.</p>"
            "<p>Bên cạnh đó, Sở đã kiện toàn mạng lưới gần 200 cộng tác viên là cán bộ, giáo viên ở các phòng "
            "GD&amp;ĐT và trường học. Lực lượng này vừa viết tin, bài về hoạt động ở cơ sở, vừa kịp thời báo cáo những "
            "vấn đề phát sinh trên mạng xã hội để cơ quan quản lý nắm bắt và xử lý sớm.</p>"
            "<blockquote>Mỗi thầy cô là một người truyền thông. Một tiết dạy hay, một bữa cơm bán trú tươm tất hay một "
            "lời giải thích tận tình với phụ huynh cũng là cách lan tỏa hình ảnh đẹp của nhà trường.</blockquote>"
            "<p>Đó là chia sẻ của ông Phan Trọng Nghĩa, Giám đốc Sở GD&amp;ĐT, tại hội nghị triển khai nhiệm vụ truyền "
            "thông năm học mới. Ông nhấn mạnh, người đứng đầu mỗi đơn vị phải trực tiếp chỉ đạo, không khoán trắng "
            "công việc này cho bộ phận văn phòng.</p>"
            "<h2>Ba nhóm nhiệm vụ trọng tâm</h2>"
            "<ul>"
            "<li>Truyền thông chính sách: giải thích rõ các quy định mới về tuyển sinh, thi cử, dạy thêm, học thêm và "
            "các khoản thu trong nhà trường.</li>"
            "<li>Lan tỏa điển hình: giới thiệu các tấm gương nhà giáo, học sinh và mô hình hay ở vùng sâu, vùng "
            "xa.</li>"
            "<li>Phòng ngừa, xử lý khủng hoảng: theo dõi dư luận, phản hồi nhanh, công khai và đúng quy định.</li>"
            "</ul>"
            "<p>Năm học trước, các cơ quan báo chí trung ương và địa phương đã đăng tải hơn 1.500 tin, bài về giáo dục "
            "Đắk Lắk, phần lớn mang sắc thái tích cực. Ngành đặt mục tiêu trong năm học này mỗi trường học có ít nhất "
            "một kênh thông tin chính thức được cập nhật thường xuyên, và mọi phản ánh của người dân được tiếp nhận, "
            "trả lời trong thời hạn quy định.</p>"
        ),
        "category": "tin-tuc-su-kien",
        "tags": ["Truyền thông giáo dục", "Phát ngôn báo chí"],
        "unit_code": "SGDDT",
        "byline": "Quốc Bảo",
        "source": "",
        "days_ago": 4,
        "hour": 8,
        "status": "published",
        "is_featured": True,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Ngành giáo dục Đắk Lắk gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam, tuyên dương 120 nhà giáo tiêu biểu",
        "lead": (
            "Trong không khí tri ân ngày 20/11, Sở GD&ĐT tổ chức gặp mặt, biểu dương các thầy cô giáo có nhiều đóng "
            "góp cho sự nghiệp giáo dục, đặc biệt là những người đang ngày đêm bám trường, bám lớp ở vùng sâu, vùng xa."
        ),
        "body": (
            "<p>Tham dự buổi gặp mặt có đại diện lãnh đạo Tỉnh ủy, UBND tỉnh, các sở, ngành và hơn 400 cán bộ quản lý, "
            "giáo viên, nhà giáo đã nghỉ hưu tiêu biểu của ngành. Chương trình văn nghệ do học sinh các trường trên "
            "địa bàn thành phố Buôn Ma Thuột biểu diễn đã mang đến nhiều cảm xúc cho những người làm nghề dạy học.</p>"
            "<p>Phát biểu tại buổi lễ, ông Hà Quang Vinh, Phó Chủ tịch UBND tỉnh, ghi nhận những nỗ lực của đội ngũ "
            "nhà giáo trong bối cảnh tỉnh vẫn còn thiếu giáo viên ở một số môn học, nhiều điểm trường lẻ chưa có đủ "
            "phòng học kiên cố. Năm học vừa qua, tỷ lệ học sinh tốt nghiệp THPT của tỉnh tiếp tục được giữ vững, số "
            "học sinh đạt giải quốc gia tăng so với năm trước, công tác phổ cập giáo dục được duy trì ở tất cả các xã, "
            "phường.</p>"
            "<blockquote>Không có thành tích nào của ngành giáo dục mà không bắt đầu từ những giờ lên lớp bình dị của "
            "thầy cô. Tỉnh sẽ tiếp tục dành nguồn lực để chăm lo đời sống, nhà công vụ cho giáo viên vùng "
            "khó.</blockquote>"
            "<p>Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 120 nhà giáo có thành tích xuất sắc trong phong trào "
            "thi đua “Đổi mới, sáng tạo trong dạy và học”. Trong số đó có nhiều thầy cô gắn bó hơn 20 năm với các điểm "
            "trường ở Ea Súp, Buôn Đôn, M'Đrắk, Krông Bông; nhiều giáo viên có sáng kiến ứng dụng công nghệ thông tin "
            "được áp dụng rộng rãi trong toàn tỉnh.</p>"
            "<p>Cô Nguyễn Thị Thu Trang, giáo viên Trường Tiểu học Lê Văn Tám (huyện Buôn Đôn), xúc động chia sẻ: "
            "“Được đứng ở đây hôm nay là niềm vinh dự của cả những đồng nghiệp đang ở lại buôn làng. Món quà lớn nhất "
            "với chúng tôi là các em đến lớp đều đặn và đọc thông, viết thạo”.</p>"
            "<p>Trước đó, lãnh đạo Sở GD&amp;ĐT đã chia thành các đoàn đến thăm, tặng quà các nhà giáo lão thành và "
            "giáo viên có hoàn cảnh khó khăn tại các huyện Lắk, Ea Kar, Cư M'gar và Krông Năng.</p>"
        ),
        "category": "tin-tuc-su-kien",
        "tags": ["Thi đua khen thưởng"],
        "unit_code": "SGDDT",
        "byline": "Thanh Hương",
        "source": "",
        "days_ago": 1,
        "hour": 17,
        "status": "published",
        "is_featured": True,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Khắc phục hậu quả mưa lũ, các trường học vùng ngập đón học sinh trở lại lớp an toàn",
        "lead": (
            "Sau đợt mưa lớn kéo dài gây ngập úng nhiều nơi, ngành giáo dục Đắk Lắk đã huy động giáo viên, phụ huynh "
            "và lực lượng địa phương dọn dẹp trường lớp, bảo đảm đủ điều kiện để học sinh quay lại học tập từ đầu tuần."
        ),
        "body": (
            "<p>Theo báo cáo nhanh của Sở GD&amp;ĐT, đợt mưa lũ vừa qua đã làm 46 trường học tại các huyện M'Đrắk, "
            "Krông Bông, Lắk, Krông Ana và Ea Kar bị ảnh hưởng. Nhiều phòng học bị ngập sâu, bàn ghế, sách vở và thiết "
            "bị dạy học hư hỏng; một số điểm trường lẻ bị sạt lở đường vào, tốc mái phòng học.</p>"
            "<p>Ngay khi nước rút, các nhà trường đã đồng loạt ra quân vệ sinh, khử khuẩn phòng học, nhà bếp và khu vệ "
            "sinh. Tại Trường Tiểu học Lê Văn Tám (huyện M'Đrắk), hơn 60 giáo viên, phụ huynh cùng đoàn viên thanh "
            "niên và bộ đội đã làm việc liên tục hai ngày để dọn bùn đất, phơi khô sách vở, sửa lại hệ thống điện.</p>"
            "<h2>Ưu tiên an toàn và bù đắp kiến thức</h2>"
            "<p>Ông Nguyễn Văn Thành, Phó Giám đốc Sở GD&amp;ĐT, cho biết Sở yêu cầu các đơn vị chỉ cho học sinh trở "
            "lại trường khi đã kiểm tra an toàn toàn bộ phòng học, tường rào, cây xanh và đường đến trường. Những điểm "
            "trường chưa bảo đảm an toàn phải bố trí học tạm tại nhà văn hóa thôn, buôn hoặc ghép về điểm trường "
            "chính.</p>"
            "<p>Các trường được chủ động điều chỉnh kế hoạch dạy học, bố trí dạy bù vào các buổi chiều hoặc sáng thứ "
            "Bảy, không để học sinh bị hổng kiến thức. Giáo viên chủ nhiệm được giao nắm chắc hoàn cảnh từng em, nhất "
            "là các gia đình bị thiệt hại nhà cửa, hoa màu, để kịp thời hỗ trợ và vận động các em không bỏ học.</p>"
            "<p>Hưởng ứng lời kêu gọi của ngành, nhiều trường học ở Buôn Ma Thuột, Buôn Hồ, Cư Kuin đã quyên góp sách "
            "giáo khoa, vở viết, áo mưa và đồ dùng học tập gửi tặng học sinh vùng lũ. Đến nay, Sở đã tiếp nhận gần "
            "12.000 bộ sách vở và hơn 800 triệu đồng từ các tổ chức, cá nhân để hỗ trợ học sinh, giáo viên bị thiệt "
            "hại.</p>"
            "<p>Sở GD&amp;ĐT tiếp tục đề nghị các đơn vị theo dõi sát diễn biến thời tiết, duy trì chế độ trực ban và "
            "báo cáo kịp thời mọi thiệt hại về người, tài sản để có phương án xử lý.</p>"
        ),
        "category": "tin-tuc-su-kien",
        "tags": ["Phòng chống thiên tai", "An toàn trường học"],
        "unit_code": "SGDDT",
        "byline": "Minh Thu",
        "source": "",
        "days_ago": 12,
        "hour": 19,
        "status": "published",
        "is_featured": True,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Lãnh đạo UBND tỉnh làm việc với Sở GD&ĐT về tình hình đầu năm học, tháo gỡ khó khăn thiếu giáo viên",
        "lead": (
            "Tại buổi làm việc, ngành giáo dục kiến nghị tỉnh sớm giao bổ sung chỉ tiêu tuyển dụng giáo viên, đầu tư "
            "phòng học kiên cố và nhà công vụ cho các điểm trường vùng sâu, vùng xa trong năm học 2026-2027."
        ),
        "body": (
            "<p>Báo cáo tại buổi làm việc, ông Phan Trọng Nghĩa, Giám đốc Sở GD&amp;ĐT, cho biết năm học mới toàn tỉnh "
            "tăng gần 9.000 học sinh so với năm trước, tập trung ở bậc tiểu học và khu vực đô thị. Trong khi đó, ngành "
            "vẫn thiếu khoảng 1.300 giáo viên, chủ yếu ở các môn Tiếng Anh, Tin học, Âm nhạc, Mỹ thuật và giáo viên "
            "mầm non.</p>"
            "<p>Để bảo đảm đủ giáo viên đứng lớp, các địa phương đã linh hoạt điều động, bố trí giáo viên dạy liên "
            "trường, hợp đồng giáo viên theo quy định. Tuy nhiên, giải pháp tình thế này khiến nhiều thầy cô phải di "
            "chuyển xa, dạy vượt định mức trong thời gian dài.</p>"
            "<h2>Kiến nghị về cơ sở vật chất</h2>"
            "<p>Về cơ sở vật chất, toàn tỉnh còn hơn 600 phòng học tạm, phòng học mượn và nhiều điểm trường lẻ chưa có "
            "công trình vệ sinh, nước sạch đạt chuẩn. Sở GD&amp;ĐT đề nghị tỉnh ưu tiên vốn từ các chương trình mục "
            "tiêu quốc gia để xóa phòng học tạm, xây dựng nhà bán trú và nhà công vụ cho giáo viên ở các xã đặc biệt "
            "khó khăn.</p>"
            "<p>Kết luận buổi làm việc, ông Hà Quang Vinh, Phó Chủ tịch UBND tỉnh, đánh giá cao sự chủ động của ngành "
            "giáo dục trong công tác chuẩn bị năm học mới, đặc biệt là việc khai giảng an toàn, tiết kiệm và bảo đảm "
            "100% học sinh có đủ sách giáo khoa.</p>"
            "<blockquote>Không để học sinh nào phải nghỉ học vì thiếu giáo viên, thiếu phòng học. Các sở, ngành phải "
            "phối hợp chặt chẽ, tham mưu giải pháp cụ thể trước ngày 30 tháng này.</blockquote>"
            "<p>Phó Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với Sở GD&amp;ĐT rà soát biên chế, đề xuất "
            "phương án tuyển dụng; Sở Tài chính cân đối nguồn kinh phí sửa chữa, mua sắm thiết bị dạy học tối thiểu. "
            "Đồng thời, các địa phương cần quan tâm bố trí quỹ đất xây dựng trường học ở những khu dân cư mới, tránh "
            "tình trạng quá tải sĩ số như hiện nay tại một số phường của thành phố Buôn Ma Thuột.</p>"
        ),
        "category": "tin-tuc-su-kien",
        "tags": ["Khai giảng năm học", "Cơ sở vật chất"],
        "unit_code": "SGDDT",
        "byline": "Quốc Việt",
        "source": "",
        "days_ago": 27,
        "hour": 15,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Hội thảo “Chuyển đổi số trong giáo dục: từ chủ trương đến lớp học” thu hút hơn 300 đại biểu",
        "lead": (
            "Hội thảo do Sở GD&ĐT tổ chức là dịp để các nhà quản lý, giáo viên và doanh nghiệp công nghệ cùng nhìn lại "
            "kết quả, chỉ ra những điểm nghẽn và đề xuất giải pháp đưa chuyển đổi số đi vào thực chất ở từng nhà "
            "trường."
        ),
        "body": (
            "<p>Hội thảo được tổ chức theo hình thức trực tiếp tại Buôn Ma Thuột kết hợp trực tuyến đến 15 phòng "
            "GD&amp;ĐT. Các tham luận tập trung vào ba nội dung: quản trị nhà trường trên nền tảng số, dạy học có sự "
            "hỗ trợ của công nghệ và bảo đảm an toàn thông tin cho dữ liệu học sinh.</p>"
            "<p>Theo báo cáo của Sở, đến nay 100% trường học trên địa bàn đã sử dụng phần mềm quản lý trường học, cập "
            "nhật đầy đủ cơ sở dữ liệu ngành; hơn 90% trường phổ thông đã triển khai sổ điểm điện tử, học bạ số. Nhiều "
            "đơn vị như Trường THPT Chuyên Nguyễn Du, Trường THCS Nguyễn Du (thành phố Buôn Ma Thuột) đã xây dựng kho "
            "học liệu số dùng chung cho giáo viên và học sinh.</p>"
            "<h2>Khoảng cách số vẫn còn lớn</h2>"
            "<p>Tuy vậy, nhiều đại biểu thẳng thắn chỉ ra rằng khoảng cách số giữa thành thị và vùng sâu vẫn còn lớn. "
            "Ở không ít điểm trường thuộc huyện Ea Súp, M'Đrắk, đường truyền Internet chập chờn, máy tính cũ, giáo "
            "viên phải dùng điện thoại cá nhân để nhập điểm. Một bộ phận thầy cô lớn tuổi còn ngại thay đổi, coi "
            "chuyển đổi số là gánh nặng thêm về hồ sơ, sổ sách.</p>"
            "<p>Thầy Y Khuê Mlô, Hiệu trưởng Trường Tiểu học Kim Đồng (huyện Cư M'gar), chia sẻ: “Khi nhà trường bỏ "
            "được sổ giấy, giáo viên có thêm thời gian chuẩn bị bài. Điều quan trọng là phải tập huấn cầm tay chỉ việc "
            "và có người hỗ trợ kỹ thuật ngay tại trường”.</p>"
            "<p>Phát biểu bế mạc, bà Trần Thị Kim Oanh, Phó Giám đốc Sở GD&amp;ĐT, đề nghị các đơn vị tránh chạy theo "
            "phong trào, mua sắm thiết bị đắt tiền nhưng không sử dụng. Chuyển đổi số phải xuất phát từ nhu cầu thực "
            "tế của lớp học, giúp giảm tải công việc hành chính cho giáo viên và nâng cao chất lượng học tập của học "
            "sinh.</p>"
            "<p>Các ý kiến tại hội thảo sẽ được Sở tiếp thu để hoàn thiện kế hoạch chuyển đổi số của ngành giai đoạn "
            "tới, trong đó ưu tiên nâng cấp hạ tầng mạng cho các trường vùng khó và bồi dưỡng kỹ năng số cho đội "
            "ngũ.</p>"
        ),
        "category": "tin-tuc-su-kien",
        "tags": ["Chuyển đổi số", "Bồi dưỡng giáo viên"],
        "unit_code": "SGDDT",
        "byline": "Đức Tâm",
        "source": "",
        "days_ago": 35,
        "hour": 11,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    # --- Tin trong tỉnh -----------------------------------------------------------------------------------------------
    {
        "title": "Tập huấn kỹ năng truyền thông cho hơn 250 cán bộ quản lý, cộng tác viên của ngành giáo dục",
        "lead": (
            "Trong hai ngày, học viên được hướng dẫn cách viết tin, chụp ảnh, dựng video ngắn, trả lời phỏng vấn báo "
            "chí và ứng xử trên mạng xã hội, qua đó nâng cao chất lượng thông tin từ nhà trường đến với người dân."
        ),
        "body": (
            "<p>Hội nghị tập huấn kỹ năng truyền thông do Sở GD&amp;ĐT phối hợp với Trung tâm Bồi dưỡng nghiệp vụ báo "
            "chí tổ chức tại Buôn Ma Thuột. Tham dự có lãnh đạo các phòng GD&amp;ĐT, hiệu trưởng các trường THPT, cán "
            "bộ phụ trách trang thông tin điện tử và cộng tác viên truyền thông của các đơn vị trong toàn tỉnh.</p>"
            "<p>Khai mạc lớp tập huấn, ông Nguyễn Văn Thành, Phó Giám đốc Sở GD&amp;ĐT, cho rằng trong thời đại mạng "
            "xã hội, một thông tin sai lệch về trường học có thể lan đi rất nhanh. Nếu nhà trường im lặng hoặc trả lời "
            "lúng túng, niềm tin của phụ huynh sẽ bị ảnh hưởng, dù thực tế sự việc không nghiêm trọng như mọi người "
            "nghĩ.</p>"
            "<h2>Học đi đôi với thực hành</h2>"
            "<p>Các báo cáo viên là nhà báo, biên tập viên giàu kinh nghiệm đã chia sẻ những nội dung thiết thực:</p>"
            "<ul><li>Cách phát hiện đề tài và viết tin ngắn theo cấu trúc “kim tự tháp ngược”;</li>"
            "<li>Kỹ thuật chụp ảnh, quay video bằng điện thoại, bảo đảm quyền riêng tư và hình ảnh của học sinh;</li>"
            "<li>Chuẩn bị nội dung và thái độ khi trả lời phỏng vấn, phát ngôn trước báo chí;</li>"
            "<li>Quản trị trang mạng xã hội của nhà trường, phản hồi bình luận tiêu cực một cách bình tĩnh, cầu "
            "thị.</li>"
            "</ul>"
            "<p>Phần được học viên quan tâm nhất là thực hành xử lý tình huống. Các nhóm được giao những tình huống "
            "giả định như phụ huynh đăng bài phản ánh về bữa ăn bán trú hay clip học sinh xô xát lan truyền trên mạng, "
            "sau đó phải soạn thông tin phản hồi và đóng vai trả lời phỏng vấn trong thời gian ngắn.</p>"
            "<p>Cô Lê Thị Hồng Nhung, Phó Hiệu trưởng Trường THPT Phan Bội Châu, chia sẻ: “Trước đây, khi có phóng "
            "viên liên hệ, tôi thường rất lo lắng. Sau lớp tập huấn, tôi hiểu rằng chỉ cần nắm chắc sự việc, nói đúng "
            "thẩm quyền và trung thực thì không có gì phải ngại”.</p>"
            "<p>Kết thúc tập huấn, các học viên được cấp giấy chứng nhận. Sở GD&amp;ĐT sẽ tiếp tục tổ chức các lớp "
            "chuyên sâu về sản xuất video ngắn và viết bài cho cổng thông tin trong học kỳ II.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["Truyền thông giáo dục", "Phát ngôn báo chí", "Mạng xã hội"],
        "unit_code": "SGDDT",
        "byline": "Hoàng Mai",
        "source": "",
        "days_ago": 9,
        "hour": 16,
        "status": "published",
        "is_featured": False,
        "is_must_read": True,
        "author": "bientapvien",
    },
    {
        "title": "Sở GD&ĐT giao ban báo chí, cung cấp thông tin về những vấn đề dư luận quan tâm đầu năm học",
        "lead": (
            "Các khoản thu đầu năm, dạy thêm, học thêm, tình trạng thiếu giáo viên và phương án tuyển sinh lớp 10 là "
            "những nội dung được phóng viên các cơ quan báo chí đặt câu hỏi tại buổi giao ban báo chí định kỳ của "
            "ngành."
        ),
        "body": (
            "<p>Chủ trì buổi giao ban là ông Nguyễn Văn Thành, Phó Giám đốc Sở GD&amp;ĐT, người được giao phát ngôn và "
            "cung cấp thông tin cho báo chí. Tham dự có phóng viên của Báo Đắk Lắk, Đài Phát thanh - Truyền hình tỉnh, "
            "các cơ quan báo chí trung ương thường trú trên địa bàn và lãnh đạo các phòng chuyên môn của Sở.</p>"
            "<p>Mở đầu, đại diện Văn phòng Sở thông tin tóm tắt kết quả triển khai nhiệm vụ trong những tháng đầu năm "
            "học. Sau đó, các phóng viên đặt câu hỏi trực tiếp và được lãnh đạo các phòng chuyên môn trả lời ngay tại "
            "buổi giao ban.</p>"
            "<h2>Không để lạm thu đầu năm học</h2>"
            "<p>Trả lời câu hỏi về các khoản thu, ông Thành khẳng định Sở đã ban hành văn bản hướng dẫn cụ thể, yêu "
            "cầu các trường chỉ thu những khoản được phép, công khai mức thu và không ép buộc phụ huynh đóng góp. Qua "
            "kiểm tra, Sở đã nhắc nhở 7 trường có dự kiến thu chưa đúng quy định; các trường này đã điều chỉnh và hoàn "
            "trả tiền cho phụ huynh.</p>"
            "<p>Về việc dạy thêm, học thêm, đại diện Phòng Giáo dục Trung học cho biết các trường không được tổ chức "
            "dạy thêm có thu tiền đối với học sinh đang học chính khóa tại trường. Giáo viên tham gia dạy thêm ngoài "
            "nhà trường phải báo cáo hiệu trưởng và cam kết không ép buộc học sinh theo học.</p>"
            "<blockquote>Mọi câu hỏi của báo chí đều được ghi nhận. Những nội dung cần thêm thời gian xác minh, Sở sẽ "
            "trả lời bằng văn bản trong thời hạn quy định.</blockquote>"
            "<p>Ông Thành cũng đề nghị các cơ quan báo chí tiếp tục đồng hành với ngành, phản ánh kịp thời những bất "
            "cập để ngành chấn chỉnh, đồng thời lan tỏa nhiều hơn những tấm gương thầy cô tận tụy ở vùng sâu, vùng xa. "
            "Theo Quy chế phát ngôn và cung cấp thông tin cho báo chí của Sở, buổi giao ban được duy trì định kỳ mỗi "
            "quý và tổ chức đột xuất khi có sự việc được dư luận quan tâm.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["Phát ngôn báo chí", "Truyền thông giáo dục"],
        "unit_code": "SGDDT",
        "byline": "Quốc Việt",
        "source": "",
        "days_ago": 22,
        "hour": 10,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Xử lý khủng hoảng truyền thông trong trường học: nhanh, đúng và minh bạch trên mạng xã hội",
        "lead": (
            "Hội nghị chuyên đề về phòng ngừa, xử lý khủng hoảng truyền thông giúp hiệu trưởng các trường nhận diện "
            "sớm nguy cơ, xây dựng quy trình phản hồi và phối hợp với cơ quan quản lý khi sự việc lan truyền trên mạng "
            "xã hội."
        ),
        "body": (
            "<p>Chuyên đề do Sở GD&amp;ĐT tổ chức theo hình thức trực tuyến, kết nối đến hơn 700 điểm cầu là các phòng "
            "GD&amp;ĐT và trường học. Đây là lần đầu tiên nội dung xử lý khủng hoảng truyền thông được đưa vào chương "
            "trình bồi dưỡng thường xuyên dành cho cán bộ quản lý của ngành.</p>"
            "<p>Theo báo cáo viên Trần Hoài Nam, nhà báo có nhiều năm theo dõi lĩnh vực giáo dục, phần lớn các vụ việc "
            "gây xôn xao dư luận thời gian qua bắt nguồn từ những chuyện nhỏ: một lời nói thiếu kiềm chế của giáo "
            "viên, một thông báo thu tiền viết chưa rõ ràng hay một đoạn clip bị cắt ghép. Khi nhà trường chậm lên "
            "tiếng, khoảng trống thông tin sẽ nhanh chóng bị lấp đầy bởi suy diễn.</p>"
            "<h2>“Giờ vàng” trong xử lý thông tin</h2>"
            "<p>Các đại biểu được giới thiệu quy trình xử lý gồm bốn bước: tiếp nhận và xác minh sự việc, báo cáo cấp "
            "trên, thống nhất nội dung phát ngôn và công bố thông tin. Trong những giờ đầu tiên, nhà trường cần thông "
            "báo đã nắm được sự việc, đang xác minh và cam kết sẽ công khai kết quả, thay vì im lặng chờ có kết luận "
            "cuối cùng.</p>"
            "<ul><li>Không xóa bài, không chặn bình luận của phụ huynh một cách tùy tiện;</li>"
            "<li>Chỉ người có thẩm quyền mới phát ngôn, nội dung thống nhất giữa các kênh;</li>"
            "<li>Bảo vệ danh tính, hình ảnh của học sinh liên quan trong mọi trường hợp;</li>"
            "<li>Sau sự việc, rút kinh nghiệm và công khai các biện pháp khắc phục.</li></ul>"
            "<p>Thầy Nguyễn Đình Phúc, Hiệu trưởng Trường THPT Nguyễn Thị Minh Khai, cho biết trường đã thành lập tổ "
            "truyền thông gồm lãnh đạo, giáo viên tin học và đại diện Ban đại diện cha mẹ học sinh. Nhờ vậy, những "
            "thắc mắc của phụ huynh trên nhóm mạng xã hội của lớp được giải đáp ngay, hạn chế hiểu lầm không đáng "
            "có.</p>"
            "<p>Sở GD&amp;ĐT yêu cầu các đơn vị xây dựng kịch bản ứng phó với các tình huống thường gặp và báo cáo "
            "ngay về Văn phòng Sở khi có thông tin bất lợi liên quan đến đơn vị được đăng tải trên mạng xã hội.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["Truyền thông giáo dục", "Mạng xã hội"],
        "unit_code": "SGDDT",
        "byline": "Minh Thu",
        "source": "",
        "days_ago": 16,
        "hour": 14,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Chuyển đổi số trong nhà trường: hơn 320.000 học bạ số được ký số, thay thế dần học bạ giấy",
        "lead": (
            "Sau một năm triển khai, học bạ số đã được áp dụng tại tất cả các trường tiểu học, THCS và THPT của tỉnh, "
            "giúp giáo viên giảm thời gian ghi chép, phụ huynh dễ dàng theo dõi kết quả học tập của con em mình."
        ),
        "body": (
            "<p>Triển khai hướng dẫn của Bộ GD&amp;ĐT, Sở GD&amp;ĐT Đắk Lắk đã chỉ đạo các nhà trường sử dụng học bạ "
            "số từ năm học trước. Học bạ được lập trên phần mềm quản lý trường học, giáo viên chủ nhiệm và hiệu trưởng "
            "ký số bằng chữ ký số cá nhân, dữ liệu được lưu trữ tập trung và kết nối với cơ sở dữ liệu ngành.</p>"
            "<p>Theo số liệu của Phòng Kế hoạch - Tài chính và Chuyển đổi số, đến nay toàn tỉnh đã có hơn 320.000 học "
            "bạ số hoàn thành ký số, cụ thể như sau:</p>"
            "<table><thead>"
            '<tr><th scope="col">Cấp học</th><th scope="col">Số trường triển khai</th><th scope="col">Số học bạ '
            "đã ký số</th></tr></thead>"
            "<tbody><tr><td>Tiểu học</td><td>412</td><td>168.500</td></tr>"
            "<tr><td>THCS</td><td>221</td><td>109.200</td></tr>"
            "<tr><td>THPT</td><td>57</td><td>44.600</td></tr></tbody></table>"
            "<p>Cô Phạm Thị Thanh Tâm, giáo viên chủ nhiệm lớp 5 Trường Tiểu học Lê Văn Tám (thành phố Buôn Ma Thuột), "
            "cho biết trước đây mỗi cuối năm cô mất gần một tuần để ghi học bạ cho hơn 40 học sinh, chỉ cần sai một "
            "chữ là phải làm biên bản sửa chữa. Nay điểm số và nhận xét được phần mềm tổng hợp tự động, giáo viên chỉ "
            "cần rà soát và ký số.</p>"
            "<h2>Bảo đảm an toàn dữ liệu</h2>"
            "<p>Cùng với tiện ích, việc bảo mật dữ liệu học sinh được đặt lên hàng đầu. Sở yêu cầu mỗi đơn vị phân "
            "quyền rõ ràng trên phần mềm, không dùng chung tài khoản, không chia sẻ chữ ký số và định kỳ sao lưu dữ "
            "liệu. Các trường còn khó khăn về đường truyền được hướng dẫn cập nhật vào thời điểm ít người truy cập để "
            "tránh nghẽn mạng.</p>"
            "<p>Việc sử dụng học bạ số là một bước quan trọng trong lộ trình chuyển đổi số của ngành, góp phần cải "
            "cách thủ tục hành chính khi học sinh chuyển trường, dự tuyển vào lớp 10 hoặc đăng ký dự thi tốt nghiệp "
            "THPT.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["Chuyển đổi số", "Cải cách hành chính"],
        "unit_code": "SGDDT",
        "byline": "Đức Tâm",
        "source": "",
        "days_ago": 6,
        "hour": 9,
        "status": "published",
        "is_featured": False,
        "is_must_read": True,
        "author": "bientapvien",
    },
    {
        "title": "Trao 500 suất học bổng “Tiếp sức đến trường” cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn",
        "lead": (
            "Mỗi suất học bổng trị giá 2 triệu đồng kèm theo xe đạp, áo ấm và đồ dùng học tập, góp phần giúp các em "
            "học sinh vùng sâu, vùng xa có thêm động lực vượt khó, tiếp tục đến trường trong năm học mới."
        ),
        "body": (
            "<p>Chương trình do Sở GD&amp;ĐT phối hợp với Hội Khuyến học tỉnh và một số doanh nghiệp trên địa bàn tổ "
            "chức. Các suất học bổng được trao cho học sinh tiểu học, THCS và THPT là con em đồng bào dân tộc thiểu "
            "số, có thành tích học tập tốt, thuộc hộ nghèo, cận nghèo hoặc mồ côi.</p>"
            "<p>Tổng giá trị học bổng và quà tặng năm nay hơn 1,5 tỷ đồng, tăng gần gấp đôi so với năm trước. Ngoài "
            "tiền mặt, các em còn được tặng 200 xe đạp, 500 áo ấm và balo, sách vở. Những học sinh ở xa trường, phải "
            "đi bộ nhiều cây số mỗi ngày được ưu tiên nhận xe đạp.</p>"
            "<p>Em H'Nhi Ayun, học sinh lớp 11 Trường Phổ thông Dân tộc nội trú N'Trang Lơng, xúc động chia sẻ: “Bố mẹ "
            "em làm rẫy, năm nay mưa nhiều nên cà phê mất mùa. Có học bổng, em đỡ lo tiền mua sách và sẽ cố gắng học "
            "tốt để sau này về dạy học ở buôn mình”.</p>"
            "<p>Phát biểu tại buổi lễ, bà Trần Thị Kim Oanh, Phó Giám đốc Sở GD&amp;ĐT, cảm ơn các nhà hảo tâm đã đồng "
            "hành với ngành giáo dục tỉnh. Bà mong các em học sinh không nản lòng trước khó khăn, luôn nhớ rằng con "
            "chữ là hành trang để thay đổi cuộc sống của bản thân và gia đình.</p>"
            "<blockquote>Học bổng hôm nay không chỉ là sự hỗ trợ về vật chất mà còn là niềm tin xã hội gửi gắm vào các "
            "em.</blockquote>"
            "<p>Hiện tỷ lệ học sinh dân tộc thiểu số bỏ học giữa chừng ở Đắk Lắk đã giảm đáng kể so với 5 năm trước, "
            "nhưng vẫn còn cao ở một số xã vùng sâu của các huyện Ea Súp, Buôn Đôn, M'Đrắk. Ngành giáo dục tiếp tục "
            "phối hợp với chính quyền địa phương, già làng, người có uy tín để vận động các em đi học đều, học hết "
            "chương trình.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["Học bổng", "Giáo dục dân tộc"],
        "unit_code": "SGDDT",
        "byline": "H'Yến Niê",
        "source": "",
        "days_ago": 19,
        "hour": 20,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Đắk Lắk ra quân bảo đảm an toàn trường học, phòng chống bạo lực học đường năm học 2026-2027",
        "lead": (
            "Sở GD&ĐT phối hợp với Công an tỉnh triển khai đợt cao điểm bảo đảm an ninh trật tự, an toàn giao thông "
            "khu vực cổng trường và tăng cường giáo dục kỹ năng phòng tránh bạo lực, xâm hại cho học sinh."
        ),
        "body": (
            "<p>Lễ ra quân được tổ chức tại Trường THPT Buôn Ma Thuột với sự tham gia của hơn 1.200 học sinh, cán bộ, "
            "giáo viên và lực lượng công an, đoàn thanh niên. Các hoạt động đồng loạt diễn ra tại tất cả các trường "
            "học trên địa bàn tỉnh trong suốt học kỳ I.</p>"
            "<p>Theo kế hoạch, các nhà trường rà soát toàn bộ cơ sở vật chất như tường rào, cổng trường, hệ thống "
            "điện, cây xanh, khu vực bếp ăn; kịp thời sửa chữa những hạng mục có nguy cơ mất an toàn. Lực lượng công "
            "an tăng cường tuần tra, xử lý tình trạng đỗ xe lấn chiếm lòng đường, hàng quán bán đồ ăn không rõ nguồn "
            "gốc trước cổng trường.</p>"
            "<h2>Giáo dục kỹ năng, không chỉ xử lý vi phạm</h2>"
            "<p>Bà Trần Thị Kim Oanh, Phó Giám đốc Sở GD&amp;ĐT, nhấn mạnh phòng ngừa bạo lực học đường phải bắt đầu "
            "từ việc xây dựng môi trường học đường an toàn, thân thiện, nơi học sinh được lắng nghe. Mỗi trường cần "
            "duy trì phòng tư vấn tâm lý, hộp thư “Điều em muốn nói” và đường dây nóng để học sinh chia sẻ khi gặp khó "
            "khăn.</p>"
            "<p>Tại buổi ra quân, học sinh được cán bộ Công an tỉnh hướng dẫn nhận diện các hành vi lừa đảo qua mạng, "
            "cách bảo vệ thông tin cá nhân và xử lý khi bị bắt nạt trên mạng xã hội. Nhiều câu hỏi của các em về trò "
            "chơi trực tuyến, việc chia sẻ hình ảnh bạn bè đã được giải đáp cụ thể.</p>"
            "<p>Em Nguyễn Bảo Ngọc, học sinh lớp 10A3, cho biết: “Em từng thấy các bạn quay clip trêu chọc nhau rồi "
            "đăng lên mạng mà không nghĩ đến hậu quả. Buổi học hôm nay giúp em hiểu đó cũng là một dạng bạo lực”.</p>"
            "<p>Sở GD&amp;ĐT yêu cầu hiệu trưởng các trường chịu trách nhiệm trực tiếp về công tác an toàn trường học, "
            "báo cáo kịp thời mọi vụ việc và tuyệt đối không che giấu.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["An toàn trường học", "Kỹ năng sống"],
        "unit_code": "THPT-BMT",
        "byline": "Trần Hiếu",
        "source": "",
        "days_ago": 41,
        "hour": 8,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Sở GD&ĐT và Báo Đắk Lắk ký kết chương trình phối hợp truyền thông giáo dục giai đoạn 2026-2030",
        "lead": (
            "Chương trình phối hợp tập trung tuyên truyền chủ trương đổi mới giáo dục, các kỳ thi quan trọng, gương "
            "người tốt việc tốt trong ngành, đồng thời bồi dưỡng nghiệp vụ cho đội ngũ cộng tác viên ở các nhà trường."
        ),
        "body": (
            "<p>Ký kết chương trình phối hợp có ông Phan Trọng Nghĩa, Giám đốc Sở GD&amp;ĐT, và Tổng Biên tập Báo Đắk "
            "Lắk. Đây là lần thứ hai hai đơn vị ký kết văn bản hợp tác, sau giai đoạn 2021-2025 với nhiều kết quả tích "
            "cực.</p>"
            "<p>Trong giai đoạn trước, Báo Đắk Lắk đã đăng tải hơn 2.000 tin, bài, ảnh và phóng sự về giáo dục, duy "
            "trì chuyên mục “Giáo dục” hằng tuần trên báo in và chuyên trang trên báo điện tử. Nhiều loạt bài về giáo "
            "viên cắm bản, học sinh dân tộc thiểu số vượt khó đã tạo được sự quan tâm, chia sẻ của bạn đọc trong và "
            "ngoài tỉnh.</p>"
            "<h2>Nội dung phối hợp trọng tâm</h2>"
            "<ul>"
            "<li>Tuyên truyền các chủ trương, chính sách mới của ngành và các kỳ thi tốt nghiệp THPT, tuyển sinh lớp "
            "10;</li>"
            "<li>Phát hiện, giới thiệu các tập thể, cá nhân điển hình trong dạy và học;</li>"
            "<li>Trao đổi, cung cấp thông tin kịp thời khi có vấn đề dư luận quan tâm;</li>"
            "<li>Tổ chức tập huấn kỹ năng viết tin, chụp ảnh cho cộng tác viên truyền thông giáo dục.</li></ul>"
            "<p>Phát biểu tại lễ ký kết, ông Phan Trọng Nghĩa khẳng định báo chí là người bạn đồng hành của ngành giáo "
            "dục. Những bài viết góp ý thẳng thắn giúp ngành nhìn rõ hạn chế để khắc phục, còn những câu chuyện đẹp "
            "giúp củng cố niềm tin của xã hội đối với nhà trường và thầy cô.</p>"
            "<p>Đại diện Báo Đắk Lắk mong muốn Sở GD&amp;ĐT tiếp tục cung cấp thông tin đầy đủ, kịp thời, tạo điều "
            "kiện để phóng viên tác nghiệp tại các trường học, nhất là trong các kỳ thi quan trọng. Hai bên thống nhất "
            "giao Văn phòng Sở và Ban Thời sự của báo làm đầu mối, định kỳ sáu tháng đánh giá kết quả thực hiện.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["Truyền thông giáo dục", "Phát ngôn báo chí"],
        "unit_code": "SGDDT",
        "byline": "Thanh Hương",
        "source": "Báo Đắk Lắk",
        "days_ago": 48,
        "hour": 15,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Ngày hội chuyển đổi số ngành giáo dục Đắk Lắk năm 2026 sẽ diễn ra tại thành phố Buôn Ma Thuột",
        "lead": (
            "Ngày hội là dịp để các nhà trường giới thiệu sản phẩm, mô hình chuyển đổi số tiêu biểu; học sinh, phụ "
            "huynh được trải nghiệm các ứng dụng học tập, thư viện số và tìm hiểu kỹ năng an toàn trên không gian mạng."
        ),
        "body": (
            "<p>Theo kế hoạch của Sở GD&amp;ĐT, Ngày hội chuyển đổi số ngành giáo dục năm 2026 sẽ được tổ chức trong "
            "hai ngày cuối tuần tới tại Trường THPT Chuyên Nguyễn Du. Dự kiến có khoảng 60 gian trưng bày của các "
            "phòng GD&amp;ĐT, trường học và doanh nghiệp công nghệ, thu hút hàng nghìn lượt khách tham quan.</p>"
            "<p>Ban tổ chức cho biết, năm nay ngày hội hướng tới chủ đề “Chuyển đổi số vì người học”, tập trung giới "
            "thiệu những sản phẩm có thể áp dụng ngay trong lớp học, đặc biệt là ở các trường vùng khó, thay vì chỉ "
            "trưng bày thiết bị hiện đại.</p>"
            "<h2>Các hoạt động chính</h2>"
            "<ul><li>Trưng bày mô hình quản trị trường học số, học bạ số, thanh toán không dùng tiền mặt;</li>"
            "<li>Trình diễn tiết dạy có sử dụng học liệu số và công cụ trí tuệ nhân tạo;</li>"
            "<li>Khu trải nghiệm lập trình, robot và thư viện số dành cho học sinh;</li>"
            "<li>Tọa đàm “An toàn cho trẻ trên không gian mạng” dành cho phụ huynh.</li></ul>"
            "<p>Các đơn vị tham gia đã đăng ký nhiều sản phẩm do chính giáo viên, học sinh thực hiện như ứng dụng "
            "luyện đọc tiếng Việt cho học sinh dân tộc thiểu số, phần mềm điểm danh bán trú bằng mã QR, kho bài giảng "
            "điện tử dùng chung của cụm trường.</p>"
            "<p>Ông Nguyễn Văn Thành, Phó Giám đốc Sở GD&amp;ĐT, cho biết ngày hội không mang tính hình thức mà là nơi "
            "các đơn vị học hỏi lẫn nhau. Những mô hình hiệu quả, chi phí thấp sẽ được Sở lựa chọn để nhân rộng trong "
            "toàn tỉnh.</p>"
            "<p>Ngày hội mở cửa tự do cho học sinh, phụ huynh và người dân quan tâm. Các trường học được khuyến khích "
            "tổ chức cho học sinh tham quan theo nhóm, lồng ghép với hoạt động trải nghiệm của nhà trường.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["Chuyển đổi số"],
        "unit_code": "SGDDT",
        "byline": "Đức Tâm",
        "source": "",
        "days_ago": -2,
        "hour": 7,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Đắk Lắk đẩy mạnh giáo dục hướng nghiệp, phân luồng học sinh sau tốt nghiệp trung học cơ sở",
        "lead": (
            "Nhiều trường THCS đã đổi mới cách làm hướng nghiệp, đưa học sinh đến tham quan cơ sở giáo dục nghề "
            "nghiệp, doanh nghiệp, giúp các em và gia đình có thêm thông tin để lựa chọn con đường phù hợp sau lớp 9."
        ),
        "body": (
            "<p>Mỗi năm, Đắk Lắk có khoảng 30.000 học sinh tốt nghiệp THCS. Trong khi đó, chỉ tiêu tuyển sinh vào lớp "
            "10 các trường THPT công lập chỉ đáp ứng một phần nhu cầu. Vì vậy, công tác hướng nghiệp và phân luồng học "
            "sinh sau THCS được ngành giáo dục xác định là nhiệm vụ trọng tâm, cần triển khai từ sớm.</p>"
            "<p>Tại Trường THCS Nguyễn Du (thành phố Buôn Ma Thuột), ngay từ đầu năm học, nhà trường đã tổ chức cho "
            "học sinh lớp 9 làm bài trắc nghiệm sở thích nghề nghiệp, sau đó giáo viên chủ nhiệm trao đổi riêng với "
            "từng gia đình. Trường cũng mời các cựu học sinh đang học nghề, làm việc tại doanh nghiệp về chia sẻ kinh "
            "nghiệm thực tế.</p>"
            "<p>Ở huyện Krông Pắc, Phòng GD&amp;ĐT phối hợp với các cơ sở giáo dục nghề nghiệp tổ chức chuỗi ngày hội "
            "tư vấn tại các trường THCS. Học sinh được trực tiếp quan sát các nghề như điện dân dụng, sửa chữa ô tô, "
            "chăm sóc cây cà phê, sầu riêng theo tiêu chuẩn xuất khẩu.</p>"
            "<p>Cô Vũ Thị Lan Anh, giáo viên phụ trách hướng nghiệp, cho biết tâm lý “phải vào lớp 10 bằng mọi giá” "
            "vẫn còn phổ biến ở nhiều phụ huynh. Khi được cung cấp thông tin đầy đủ về cơ hội việc làm, thu nhập và "
            "con đường liên thông lên cao đẳng, đại học, nhiều gia đình đã thay đổi suy nghĩ.</p>"
            "<p>Theo Sở GD&amp;ĐT, năm học vừa qua tỷ lệ học sinh sau tốt nghiệp THCS theo học giáo dục nghề nghiệp và "
            "giáo dục thường xuyên của tỉnh đạt gần 30%. Ngành đặt mục tiêu tiếp tục nâng tỷ lệ này, gắn hướng nghiệp "
            "với nhu cầu nhân lực của địa phương.</p>"
        ),
        "category": "tin-trong-tinh",
        "tags": ["Hướng nghiệp"],
        "unit_code": "BMT-04",
        "byline": "Hoàng Mai",
        "source": "",
        "days_ago": 0,
        "hour": 10,
        "status": "pending",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    # --- Tin từ cơ sở -------------------------------------------------------------------------------------------------
    {
        "title": "Trường THCS Nguyễn Du ra mắt Ban truyền thông học sinh, lan tỏa những câu chuyện đẹp học đường",
        "lead": (
            "Ban truyền thông gồm 24 học sinh khối 7, 8, 9 được giáo viên hướng dẫn viết tin, chụp ảnh, quay video "
            "ngắn và quản lý trang tin của trường, đồng thời tuyên truyền cách ứng xử văn minh trên mạng xã hội."
        ),
        "body": (
            "<p>Sau một buổi tuyển chọn sôi nổi với gần 100 hồ sơ đăng ký, Trường THCS Nguyễn Du (thành phố Buôn Ma "
            "Thuột) đã chính thức ra mắt Ban truyền thông học sinh. Các thành viên được chia thành ba nhóm: nhóm viết "
            "tin, nhóm hình ảnh - video và nhóm thiết kế, mỗi nhóm có một giáo viên phụ trách.</p>"
            "<p>Cô Võ Thị Ngọc Hân, Phó Hiệu trưởng nhà trường, cho biết ý tưởng thành lập Ban truyền thông xuất phát "
            "từ thực tế nhiều hoạt động hay của học sinh chưa được giới thiệu kịp thời. Khi chính các em kể câu chuyện "
            "của mình, thông tin trở nên gần gũi, sinh động và được phụ huynh đón nhận nhiệt tình hơn.</p>"
            "<p>Trong tháng đầu hoạt động, các thành viên đã thực hiện hơn 20 tin, ảnh về giờ ra chơi, hoạt động câu "
            "lạc bộ, phong trào quyên góp sách vở ủng hộ học sinh vùng lũ. Đoạn video ngắn giới thiệu “Một ngày ở thư "
            "viện trường” do nhóm hình ảnh thực hiện đã thu hút nhiều lượt xem, chia sẻ trên trang của trường.</p>"
            "<blockquote>Trước đây em chỉ dùng điện thoại để xem video. Giờ em biết cách kể một câu chuyện bằng hình "
            "ảnh và biết xin phép bạn trước khi đăng ảnh có mặt bạn ấy.</blockquote>"
            "<p>Đó là chia sẻ của em Trần Gia Huy, học sinh lớp 8A2, thành viên nhóm hình ảnh. Ngoài kỹ năng làm "
            "truyền thông, các em còn được học về bản quyền, cách kiểm chứng thông tin và ứng xử văn minh trên mạng xã "
            "hội trước khi bấm nút chia sẻ.</p>"
            "<p>Mọi sản phẩm của Ban truyền thông đều được giáo viên phụ trách duyệt trước khi đăng. Nhà trường dự "
            "kiến nhân rộng mô hình, tổ chức giao lưu với ban truyền thông của các trường bạn và phối hợp với Đoàn, "
            "Đội để phát động cuộc thi viết “Trường em qua lăng kính tuổi học trò”.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Truyền thông giáo dục", "Kỹ năng sống", "Mạng xã hội"],
        "unit_code": "BMT-04",
        "byline": "Hoàng Mai",
        "source": "",
        "days_ago": 3,
        "hour": 18,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Krông Pắc: tập huấn quản trị trang thông tin điện tử, nâng chất lượng truyền thông ở trường học",
        "lead": (
            "Hơn 120 cán bộ, giáo viên phụ trách trang thông tin điện tử và trang mạng xã hội của các trường mầm non, "
            "tiểu học, THCS trên địa bàn huyện Krông Pắc được bồi dưỡng kỹ năng biên tập, đăng tải và bảo mật thông "
            "tin."
        ),
        "body": (
            "<p>Lớp tập huấn do Phòng GD&amp;ĐT huyện Krông Pắc tổ chức trong hai buổi tại Trường THCS Nguyễn Du của "
            "huyện. Học viên được hướng dẫn cách cập nhật tin, bài, văn bản, công khai các thông tin theo quy định, "
            "sắp xếp chuyên mục khoa học để phụ huynh dễ tra cứu.</p>"
            "<p>Theo ông Lê Hữu Phước, Trưởng phòng GD&amp;ĐT huyện Krông Pắc, qua rà soát đầu năm học, nhiều trường "
            "có trang thông tin nhưng ít cập nhật, có trang chỉ đăng vài tin mỗi học kỳ. Một số trường lập nhiều trang "
            "mạng xã hội khác nhau, thiếu người quản lý, khiến phụ huynh không biết đâu là kênh chính thức.</p>"
            "<h2>Mỗi trường một kênh chính thức</h2>"
            "<p>Từ năm học này, Phòng GD&amp;ĐT yêu cầu mỗi trường chỉ duy trì một trang thông tin điện tử và một "
            "trang mạng xã hội chính thức, do hiệu trưởng trực tiếp chịu trách nhiệm nội dung. Thông tin về tuyển "
            "sinh, các khoản thu, thực đơn bán trú phải được đăng công khai, đúng thời hạn.</p>"
            "<p>Trong phần thực hành, các học viên được hướng dẫn viết tin ngắn, chọn ảnh đúng quy cách, ghi chú thích "
            "rõ ràng. Chuyên gia công nghệ thông tin cũng lưu ý các trường đặt mật khẩu mạnh, bật xác thực hai lớp, "
            "không để nhiều người dùng chung một tài khoản quản trị.</p>"
            "<p>Thầy Y Ngong Niê, giáo viên Trường Tiểu học Kim Đồng, chia sẻ: “Trường tôi có nhiều phụ huynh là đồng "
            "bào Ê Đê. Sau tập huấn, tôi sẽ đăng thêm các thông báo ngắn kèm hình ảnh, có bản dịch tiếng Ê Đê để bà "
            "con dễ hiểu hơn”.</p>"
            "<p>Kết thúc lớp tập huấn, Phòng GD&amp;ĐT huyện sẽ tổ chức đánh giá, xếp loại trang thông tin của các "
            "trường theo từng học kỳ và đưa kết quả vào tiêu chí thi đua cuối năm.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Truyền thông giáo dục", "Chuyển đổi số"],
        "unit_code": "KP",
        "byline": "Phương Linh",
        "source": "Phòng GD&ĐT huyện Krông Pắc",
        "days_ago": 14,
        "hour": 16,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Trường Tiểu học Kim Đồng (Ea H'leo) biến góc sân thành thư viện xanh, khơi dậy niềm vui đọc sách",
        "lead": (
            "Từ những kệ sách tự đóng đặt dưới tán cây và chiếc võng mắc giữa sân trường, thư viện xanh đã trở thành "
            "góc quen thuộc của học sinh mỗi giờ ra chơi, góp phần hình thành thói quen đọc cho các em."
        ),
        "body": (
            "<p>Trường Tiểu học Kim Đồng (huyện Ea H'leo) có gần 600 học sinh, trong đó hơn 40% là con em đồng bào Gia "
            "Rai, Ê Đê. Trước đây, thư viện trường nằm trong một phòng nhỏ, thường chỉ mở cửa theo giờ, nên ít học "
            "sinh lui tới.</p>"
            "<p>Đầu năm học, nhà trường quyết định mang sách ra sân. Với sự hỗ trợ của phụ huynh, giáo viên đã tận "
            "dụng gỗ cũ đóng 12 kệ sách có mái che, đặt quanh các gốc cây lớn. Thảm trải, bàn ghế thấp và vài chiếc "
            "võng được bố trí để các em có thể ngồi, nằm đọc thoải mái.</p>"
            "<p>Cô Nguyễn Thị Kim Liên, nhân viên thư viện, cho biết mỗi kệ sách được phân theo chủ đề như truyện cổ "
            "tích, khoa học vui, sách song ngữ Việt - Gia Rai. Học sinh các lớp 4, 5 được giao làm “thủ thư nhỏ”, luân "
            "phiên sắp xếp lại sách sau mỗi giờ ra chơi.</p>"
            "<h2>Sách từ cộng đồng</h2>"
            "<p>Từ khi hưởng ứng chương trình “Mỗi em một cuốn sách tặng trường”, thư viện đã nhận thêm gần 2.000 cuốn "
            "sách từ học sinh, cựu học sinh và các nhà hảo tâm. Nhà trường cũng duy trì tiết đọc thư viện mỗi tuần, "
            "khuyến khích các em kể lại câu chuyện đã đọc cho cả lớp nghe.</p>"
            "<p>Em Rơ Châm H'Duyên, học sinh lớp 4, hào hứng kể: “Ở nhà em không có nhiều sách. Giờ ra chơi nào em "
            "cũng ra đây đọc truyện, đọc xong em kể lại cho em gái nghe”.</p>"
            "<p>Theo thầy Đinh Văn Hòa, Hiệu trưởng nhà trường, chi phí để làm thư viện xanh không lớn nhưng hiệu quả "
            "rõ rệt: số lượt mượn sách tăng gấp ba so với năm trước, khả năng đọc hiểu tiếng Việt của học sinh dân tộc "
            "thiểu số được cải thiện rõ. Nhà trường sẽ tiếp tục bổ sung sách và tổ chức ngày hội đọc sách vào cuối học "
            "kỳ I.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Thư viện trường học", "Giáo dục dân tộc"],
        "unit_code": "EHL-03",
        "byline": "Ngọc Anh",
        "source": "",
        "days_ago": 25,
        "hour": 9,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Trường Mầm non Hoa Sen (Krông Ana) nâng chất lượng bữa ăn bán trú nhờ vườn rau sạch của trường",
        "lead": (
            "Vườn rau rộng gần 500 mét vuông do giáo viên, phụ huynh cùng chăm sóc mỗi ngày cung cấp nguồn rau sạch "
            "cho bếp ăn, giúp bữa ăn của trẻ thêm phong phú mà không phải tăng mức đóng góp của phụ huynh."
        ),
        "body": (
            "<p>Trường Mầm non Hoa Sen (huyện Krông Ana) hiện có 320 trẻ, trong đó hơn 280 cháu ăn bán trú tại trường. "
            "Phần lớn phụ huynh làm nông nghiệp, thu nhập không ổn định nên mức tiền ăn mỗi ngày của trẻ còn thấp so "
            "với mặt bằng chung.</p>"
            "<p>Để cải thiện bữa ăn, từ năm học trước, nhà trường đã cải tạo khu đất trống phía sau thành vườn rau. "
            "Các loại rau như cải, mồng tơi, rau ngót, bí đỏ được trồng luân phiên theo mùa. Hằng tuần, các lớp lần "
            "lượt được cô giáo đưa ra vườn tưới cây, nhổ cỏ, vừa học vừa chơi.</p>"
            "<p>Bà Nguyễn Thị Mỹ Dung, Hiệu trưởng nhà trường, cho biết mỗi tháng vườn rau cung cấp khoảng 150 kg rau "
            "xanh, giúp bếp ăn tiết kiệm một khoản đáng kể để bổ sung thêm thịt, cá, trứng và sữa vào thực đơn. Thực "
            "đơn được xây dựng theo tuần, công khai trên bảng tin và trang mạng xã hội của trường.</p>"
            "<h2>Kiểm soát chặt an toàn thực phẩm</h2>"
            "<p>Bên cạnh nguồn rau tự trồng, các loại thực phẩm khác được nhà trường ký hợp đồng với cơ sở cung cấp có "
            "nguồn gốc rõ ràng. Bếp ăn được bố trí theo nguyên tắc một chiều, thức ăn được lưu mẫu đúng quy định. Đại "
            "diện Ban đại diện cha mẹ trẻ được mời giám sát việc giao nhận thực phẩm định kỳ.</p>"
            "<p>Chị H'Ly Byă, phụ huynh có con học lớp Mầm, chia sẻ: “Con tôi trước đây biếng ăn rau, từ khi được cô "
            "dẫn ra vườn tự tay hái rau thì về nhà cứ đòi mẹ nấu canh”.</p>"
            "<p>Kết quả cân đo đầu năm học cho thấy tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân của trường đã giảm còn dưới "
            "4%, thấp hơn mức trung bình của huyện. Mô hình vườn rau sạch đang được Phòng GD&amp;ĐT huyện Krông Ana "
            "khuyến khích nhân rộng ở các trường có diện tích đất phù hợp.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Bữa ăn học đường", "Giáo dục mầm non"],
        "unit_code": "KA-01",
        "byline": "Bảo Trâm",
        "source": "",
        "days_ago": 30,
        "hour": 13,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Ea Súp: thầy cô đến từng buôn vận động học sinh trở lại lớp sau mùa thu hoạch nông sản",
        "lead": (
            "Sau hơn một tháng khai giảng, nhiều học sinh ở các xã vùng sâu huyện Ea Súp nghỉ học theo cha mẹ lên rẫy. "
            "Giáo viên đã cùng già làng, cán bộ thôn buôn kiên trì đến từng nhà vận động các em quay lại trường."
        ),
        "body": (
            "<p>Mùa thu hoạch mì, điều và bắp cũng là thời điểm sĩ số nhiều lớp học ở huyện Ea Súp giảm mạnh. Không ít "
            "gia đình đưa con theo lên rẫy ở lại nhiều ngày, có em phải ở nhà trông em nhỏ để bố mẹ đi làm thuê.</p>"
            "<p>Tại Trường THCS Nguyễn Du của huyện, có thời điểm hơn 30 học sinh nghỉ học không phép. Ngay lập tức, "
            "nhà trường chia giáo viên thành các nhóm, phối hợp với cán bộ thôn, buôn đến tận nhà, thậm chí lên rẫy để "
            "gặp phụ huynh. Nhiều buổi, thầy cô phải đi xe máy hàng chục cây số đường đất, có đoạn phải lội bộ qua "
            "suối.</p>"
            "<p>Thầy Lương Văn Khải, giáo viên chủ nhiệm lớp 7A1, kể: “Có gia đình đi làm đến tối mới về, chúng tôi "
            "phải chờ đến tối mới gặp được. Mình nói chuyện bằng sự chân thành, hiểu cái khó của bà con thì bà con sẽ "
            "nghe”.</p>"
            "<h2>Có sự chung tay của người có uy tín</h2>"
            "<p>Ông Y Bhin Ksơr, già làng ở buôn Đrăh, là người thường xuyên cùng thầy cô đi vận động. Theo ông, khi "
            "già làng lên tiếng, phụ huynh trong buôn dễ tiếp nhận hơn. Ông cũng nhắc bà con trong các buổi sinh hoạt "
            "cộng đồng rằng cho con đi học là lo cho tương lai của cả gia đình.</p>"
            "<p>Sau hai tuần, phần lớn học sinh đã trở lại lớp. Nhà trường bố trí giáo viên dạy phụ đạo để các em theo "
            "kịp bạn bè, đồng thời phối hợp với địa phương hỗ trợ gạo, sách vở cho những em có hoàn cảnh đặc biệt khó "
            "khăn.</p>"
            "<p>Theo Phòng GD&amp;ĐT huyện Ea Súp, tỷ lệ học sinh đi học chuyên cần của huyện đến nay đã đạt trên 97%. "
            "Phòng yêu cầu các trường duy trì sổ theo dõi chuyên cần hằng ngày và có phương án vận động ngay khi học "
            "sinh nghỉ học từ ba ngày trở lên.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Giáo dục dân tộc", "Khai giảng năm học"],
        "unit_code": "ES-04",
        "byline": "H'Yến Niê",
        "source": "",
        "days_ago": 44,
        "hour": 7,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Thầy trò Trường Tiểu học Lê Văn Tám (M'Đrắk) vượt khó sau lũ, nhanh chóng ổn định nền nếp dạy học",
        "lead": (
            "Sau những ngày nước lũ tràn vào phòng học, thầy trò nhà trường đã cùng phụ huynh, bộ đội dọn dẹp, sửa "
            "chữa cơ sở vật chất để học sinh được trở lại lớp, đồng thời dạy bù phần kiến thức bị gián đoạn."
        ),
        "body": (
            "<p>Đợt mưa lớn vừa qua khiến điểm trường chính của Trường Tiểu học Lê Văn Tám (huyện M'Đrắk) bị ngập sâu "
            "gần một mét. Toàn bộ bàn ghế tầng trệt, hơn 1.000 cuốn sách thư viện và nhiều thiết bị dạy học bị hư "
            "hỏng. Điểm trường lẻ ở buôn Cư Prao bị sạt lở một đoạn đường vào, tường rào bị đổ.</p>"
            "<p>Ngay khi nước rút, Ban giám hiệu đã huy động toàn bộ giáo viên, nhân viên ra quân dọn dẹp. Hàng chục "
            "phụ huynh và cán bộ, chiến sĩ đơn vị bộ đội đóng quân trên địa bàn cũng có mặt, giúp nhà trường xúc bùn, "
            "rửa sân, phơi khô sách vở, sửa lại đường điện.</p>"
            "<p>Cô Đặng Thị Hải Yến, Hiệu trưởng nhà trường, cho biết: “Khó khăn nhất là nhiều học sinh bị ướt hết "
            "sách vở, quần áo. Chúng tôi đã báo cáo Phòng GD&amp;ĐT và được các trường bạn ở Buôn Ma Thuột hỗ trợ kịp "
            "thời hơn 300 bộ sách giáo khoa, vở viết”.</p>"
            "<h2>Dạy bù, không để học sinh hổng kiến thức</h2>"
            "<p>Sau khi kiểm tra an toàn toàn bộ phòng học, nhà trường đã đón học sinh trở lại. Các lớp được bố trí "
            "thêm buổi học chiều thứ Tư, thứ Sáu để dạy bù, tập trung vào hai môn Tiếng Việt và Toán. Giáo viên cũng "
            "dành thời gian trò chuyện, động viên những em có nhà bị ngập, giúp các em ổn định tâm lý.</p>"
            "<p>Điểm trường lẻ ở buôn Cư Prao tạm thời chuyển học sinh về học tại nhà văn hóa buôn trong thời gian chờ "
            "sửa chữa đường và tường rào. Phòng GD&amp;ĐT huyện M'Đrắk đã đề xuất kinh phí khắc phục khẩn cấp để nhà "
            "trường sớm mua sắm lại bàn ghế và thiết bị.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Phòng chống thiên tai", "Cơ sở vật chất"],
        "unit_code": "MD-02",
        "byline": "Văn Sơn",
        "source": "",
        "days_ago": 10,
        "hour": 17,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Cư Kuin: 100% trường học thu các khoản không dùng tiền mặt, đẩy mạnh chuyển đổi số trong quản lý",
        "lead": (
            "Việc thanh toán tiền ăn bán trú, bảo hiểm y tế và các khoản thu hộ qua ngân hàng giúp nhà trường công "
            "khai, minh bạch, giáo viên chủ nhiệm không còn phải trực tiếp thu tiền của học sinh như trước."
        ),
        "body": (
            "<p>Từ đầu năm học 2026-2027, tất cả các trường mầm non, tiểu học và THCS trên địa bàn huyện Cư Kuin đã "
            "triển khai thu các khoản không dùng tiền mặt. Phụ huynh có thể thanh toán qua ứng dụng ngân hàng, ví điện "
            "tử hoặc quét mã QR in trên thông báo gửi về gia đình.</p>"
            "<p>Theo bà Hoàng Thị Bích Ngọc, Phó Trưởng phòng GD&amp;ĐT huyện Cư Kuin, trước đây giáo viên chủ nhiệm "
            "thường phải dành nhiều thời gian đầu giờ để thu tiền, ghi chép, dễ xảy ra nhầm lẫn và phát sinh thắc mắc. "
            "Nay mỗi học sinh có một mã định danh riêng, hệ thống tự động đối soát, phụ huynh nhận được biên lai điện "
            "tử ngay sau khi thanh toán.</p>"
            "<h2>Hỗ trợ phụ huynh vùng khó</h2>"
            "<p>Điểm khó khăn là nhiều phụ huynh ở các buôn đồng bào dân tộc thiểu số chưa quen sử dụng điện thoại "
            "thông minh. Để không ai bị bỏ lại phía sau, các trường phối hợp với ngân hàng cử cán bộ đến tận điểm "
            "trường hướng dẫn, đồng thời bố trí bộ phận kế toán hỗ trợ thanh toán hộ khi phụ huynh có yêu cầu.</p>"
            "<p>Anh Y Suôn Êban, phụ huynh Trường Tiểu học Lê Văn Tám, cho biết: “Lúc đầu tôi còn lo không biết làm, "
            "được cô giáo chỉ cho hai lần là làm được. Giờ đi rẫy xa cũng chuyển tiền ăn cho con được, không phải chạy "
            "lên trường”.</p>"
            "<p>Cùng với thanh toán không dùng tiền mặt, các trường ở Cư Kuin đã sử dụng sổ liên lạc điện tử, học bạ "
            "số và phần mềm quản lý bán trú. Phòng GD&amp;ĐT huyện đánh giá đây là những bước đi thiết thực của chuyển "
            "đổi số trong quản lý trường học, góp phần cải cách hành chính và tăng niềm tin của phụ huynh đối với nhà "
            "trường.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Chuyển đổi số", "Cải cách hành chính"],
        "unit_code": "CK",
        "byline": "Phương Linh",
        "source": "Phòng GD&ĐT huyện Cư Kuin",
        "days_ago": 52,
        "hour": 10,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Trường THCS Nguyễn Du (huyện Lắk) tổ chức Ngày hội văn hóa các dân tộc, gìn giữ bản sắc truyền thống",
        "lead": (
            "Tiếng chiêng, điệu múa xoang cùng các trò chơi dân gian, gian trưng bày nông cụ và món ăn truyền thống đã "
            "mang đến cho học sinh một ngày hội trải nghiệm đầy màu sắc ngay trong sân trường."
        ),
        "body": (
            "<p>Huyện Lắk là nơi sinh sống lâu đời của đồng bào M'nông, Ê Đê cùng nhiều dân tộc anh em. Trường THCS "
            "Nguyễn Du của huyện hiện có hơn 60% học sinh là con em đồng bào dân tộc thiểu số. Ngày hội văn hóa các "
            "dân tộc được nhà trường tổ chức như một hoạt động trải nghiệm, gắn với nội dung giáo dục địa phương trong "
            "chương trình mới.</p>"
            "<p>Mỗi lớp đảm nhận một gian trưng bày, giới thiệu trang phục, nhạc cụ, nông cụ và món ăn đặc trưng của "
            "một dân tộc. Nhiều phụ huynh đã mang gùi, ché, khung dệt thổ cẩm đến trường, trực tiếp hướng dẫn các em "
            "cách dệt vải, đan gùi.</p>"
            "<p>Điểm nhấn của ngày hội là phần biểu diễn cồng chiêng của đội chiêng học sinh do nghệ nhân Y Thông "
            "Liêng hướng dẫn. Các em còn tham gia thi giã gạo, đẩy gậy, kéo co và những trò chơi dân gian quen thuộc "
            "của núi rừng Tây Nguyên.</p>"
            "<blockquote>Khi các em hiểu và tự hào về văn hóa dân tộc mình, các em sẽ tự tin hơn trong học tập và giao "
            "tiếp với bạn bè.</blockquote>"
            "<p>Đó là chia sẻ của cô Nguyễn Thị Thanh Thủy, Hiệu trưởng nhà trường, về mục đích của ngày hội. "
            "Theo cô, ngày hội cũng là dịp để học sinh người Kinh hiểu thêm về phong tục, tập quán của bạn bè, góp "
            "phần xây dựng tình đoàn kết trong trường học.</p>"
            "<p>Em H'Mai Liêng, học sinh lớp 9A, chia sẻ lần đầu được mặc trang phục truyền thống biểu diễn trước toàn "
            "trường, em rất vui và sẽ xin bà ngoại dạy thêm các bài dân ca M'nông. Nhà trường dự kiến duy trì ngày hội "
            "hằng năm và thành lập câu lạc bộ văn hóa dân gian dành cho học sinh.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Giáo dục dân tộc", "Kỹ năng sống"],
        "unit_code": "LK-04",
        "byline": "Hoàng Mai",
        "source": "",
        "days_ago": 0,
        "hour": 9,
        "status": "pending",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": (
            "Trường Tiểu học Kim Đồng (Buôn Hồ) diễn tập phòng cháy chữa cháy, hướng dẫn học sinh thoát nạn an toàn"
        ),
        "lead": (
            "Buổi diễn tập với tình huống giả định cháy tại phòng máy tính giúp gần 700 học sinh và giáo viên thực "
            "hành kỹ năng báo động, sơ tán theo lối thoát hiểm và sử dụng bình chữa cháy mini đúng cách."
        ),
        "body": (
            "<p>Buổi diễn tập do Trường Tiểu học Kim Đồng (thị xã Buôn Hồ) phối hợp với Đội Cảnh sát phòng cháy, chữa "
            "cháy và cứu nạn, cứu hộ Công an thị xã tổ chức. Trước khi diễn tập, học sinh các lớp đã được giáo viên "
            "chủ nhiệm hướng dẫn sơ đồ thoát hiểm và điểm tập kết của lớp mình.</p>"
            "<p>Khi tiếng chuông báo cháy vang lên, các lớp nhanh chóng dừng học, giáo viên hướng dẫn học sinh cúi "
            "thấp người, dùng khăn ướt che mũi miệng và di chuyển theo hàng ra khu vực sân trường. Chỉ trong khoảng "
            "bốn phút, toàn bộ học sinh đã có mặt tại điểm tập kết an toàn.</p>"
            "<p>Sau phần sơ tán, cán bộ cảnh sát phòng cháy, chữa cháy hướng dẫn giáo viên và học sinh khối 5 cách sử "
            "dụng bình chữa cháy, cách xử lý khi quần áo bị bén lửa và số điện thoại cần gọi khi có sự cố. Nhiều em "
            "hào hứng xung phong lên thực hành dập đám cháy nhỏ dưới sự giám sát của các chú cảnh sát.</p>"
            "<p>Thầy Trịnh Quang Vinh, Hiệu trưởng nhà trường, cho biết trường vừa đưa vào sử dụng phòng máy tính và "
            "phòng học thông minh nên nguy cơ chập điện cần được đặc biệt lưu ý. Nhà trường đã rà soát lại hệ thống "
            "điện, bổ sung bình chữa cháy ở các dãy phòng học và phân công người kiểm tra định kỳ.</p>"
            "<p>Em Phạm Minh Khang, học sinh lớp 5B, chia sẻ: “Em biết phải bình tĩnh, không chạy lung tung và không "
            "quay lại lấy đồ khi có cháy. Về nhà em sẽ chỉ cho em trai em cách thoát hiểm”.</p>"
            "<p>Hoạt động nằm trong kế hoạch bảo đảm an toàn trường học năm học 2026-2027 của nhà trường, dự kiến được "
            "tổ chức định kỳ mỗi học kỳ một lần.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["An toàn trường học", "Kỹ năng sống"],
        "unit_code": "BH-03",
        "byline": "Hoàng Mai",
        "source": "",
        "days_ago": 1,
        "hour": 15,
        "status": "pending",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Trường Tiểu học Lê Văn Tám (Krông Búk) tổ chức Ngày hội tiếng Anh, học sinh tự tin giao tiếp",
        "lead": (
            "Với các phần thi hùng biện, kể chuyện, hát và đóng kịch bằng tiếng Anh, ngày hội giúp học sinh tiểu học "
            "vượt qua sự rụt rè, hứng thú hơn với môn học vốn được xem là khó đối với nhiều em ở vùng nông thôn."
        ),
        "body": (
            "<p>Ngày hội tiếng Anh năm nay có sự tham gia của gần 400 học sinh từ lớp 3 đến lớp 5 của Trường Tiểu học "
            "Lê Văn Tám (huyện Krông Búk). Mỗi lớp chuẩn bị một tiết mục biểu diễn và cử đại diện tham gia các phần "
            "thi cá nhân.</p>"
            "<p>Những tiểu phẩm ngắn về chủ đề gia đình, trường học, bảo vệ môi trường được các em thể hiện tự nhiên, "
            "hài hước. Phần thi “Rung chuông vàng” với các câu hỏi từ vựng, ngữ pháp đơn giản đã tạo không khí sôi nổi "
            "cho cả sân trường.</p>"
            "<p>Cô Lâm Thị Thu Hà, tổ trưởng tổ Tiếng Anh, cho biết nhà trường hiện chỉ có hai giáo viên tiếng Anh cho "
            "14 lớp, nhiều học sinh ít có cơ hội nghe nói ngoài giờ học. Vì vậy, các hoạt động ngoại khóa như ngày "
            "hội, câu lạc bộ tiếng Anh giờ ra chơi là cách để các em được thực hành nhiều hơn.</p>"
            "<p>Em Nguyễn Ngọc Bảo Anh, học sinh lớp 5A, đạt giải Nhất phần thi kể chuyện, chia sẻ: “Lúc đầu em run "
            "lắm, nhưng khi thấy các bạn cổ vũ thì em bình tĩnh hơn. Em muốn sau này được học thêm để nói chuyện với "
            "người nước ngoài”.</p>"
            "<p>Ban giám hiệu nhà trường cho biết sẽ duy trì câu lạc bộ tiếng Anh vào chiều thứ Sáu hằng tuần và tận "
            "dụng các phần mềm học tập trực tuyến miễn phí để học sinh luyện nghe tại nhà với sự đồng hành của phụ "
            "huynh.</p>"
        ),
        "category": "tin-tu-co-so",
        "tags": ["Ngoại ngữ", "Kỹ năng sống"],
        "unit_code": "KBK-02",
        "byline": "Hoàng Mai",
        "source": "",
        "days_ago": 2,
        "hour": 20,
        "status": "draft",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    # --- Hoạt động chuyên môn -----------------------------------------------------------------------------------------
    {
        "title": "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT: 126 thầy cô tranh tài với nhiều tiết dạy sáng tạo",
        "lead": (
            "Các tiết dạy tại hội thi năm nay chú trọng tổ chức hoạt động cho học sinh, khai thác hiệu quả học liệu số "
            "và gắn kiến thức với thực tiễn địa phương, đúng tinh thần Chương trình giáo dục phổ thông 2018."
        ),
        "body": (
            "<p>Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027 được tổ chức tại Trường THPT Chu Văn An "
            "và Trường THPT Phan Bội Châu. Tham gia hội thi có 126 giáo viên thuộc 11 môn học, là những thầy cô đã đạt "
            "danh hiệu giáo viên dạy giỏi cấp trường.</p>"
            "<p>Mỗi giáo viên dự thi phải trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy, "
            "trong đó một tiết bốc thăm trước ba ngày. Ban giám khảo đánh giá cao việc nhiều thầy cô mạnh dạn giao "
            "nhiệm vụ cho học sinh làm việc nhóm, thuyết trình, tự đánh giá lẫn nhau thay vì giảng giải một chiều.</p>"
            "<p>Kết quả sơ bộ theo từng nhóm môn như sau:</p>"
            "<table><thead>"
            '<tr><th scope="col">Nhóm môn</th><th scope="col">Giáo viên dự thi</th><th scope="col">Đạt giáo viên '
            "dạy giỏi</th></tr></thead>"
            "<tbody><tr><td>Khoa học tự nhiên (Toán, Vật lý, Hóa học, Sinh học)</td><td>48</td><td>37</td></tr>"
            "<tr><td>Khoa học xã hội (Ngữ văn, Lịch sử, Địa lý)</td><td>39</td><td>30</td></tr>"
            "<tr><td>Ngoại ngữ, Tin học, Công nghệ, Giáo dục kinh tế và pháp luật</td><td>39</td><td>29</td></tr>"
            "</tbody></table>"
            "<p>Tiết dạy Địa lý về phát triển cây công nghiệp ở Tây Nguyên của cô Trương Thị Minh Nguyệt (Trường THPT "
            "Krông Pắc) để lại nhiều ấn tượng. Học sinh được chia nhóm phân tích số liệu về diện tích cà phê, sầu "
            "riêng của chính địa phương mình, sau đó đề xuất giải pháp phát triển bền vững.</p>"
            "<p>Nhận xét tại buổi tổng kết, ông Lê Văn Tài, Trưởng phòng Giáo dục Trung học, Sở GD&amp;ĐT, cho rằng "
            "một số tiết dạy vẫn còn nặng về trình chiếu, thời gian dành cho học sinh luyện tập chưa nhiều. Ông đề "
            "nghị các trường tổ chức chia sẻ lại những tiết dạy tốt tại hội thi trong sinh hoạt tổ chuyên môn, để hội "
            "thi thực sự lan tỏa.</p>"
        ),
        "category": "hoat-dong-chuyen-mon",
        "tags": ["Bồi dưỡng giáo viên", "Chương trình GDPT 2018"],
        "unit_code": "SGDDT",
        "byline": "Thanh Hương",
        "source": "",
        "days_ago": 8,
        "hour": 17,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Bồi dưỡng giáo viên dạy môn Khoa học tự nhiên, Lịch sử và Địa lý theo Chương trình GDPT 2018",
        "lead": (
            "Hơn 900 giáo viên THCS trong tỉnh được bồi dưỡng về kế hoạch dạy học, phân công giảng dạy và cách xây "
            "dựng chủ đề liên môn, tháo gỡ những lúng túng khi dạy các môn học tích hợp ở lớp 6 đến lớp 9."
        ),
        "body": (
            "<p>Lớp bồi dưỡng do Sở GD&amp;ĐT tổ chức theo hình thức kết hợp trực tiếp và trực tuyến, chia thành bốn "
            "cụm tại Buôn Ma Thuột, Buôn Hồ, Ea Kar và Krông Pắc. Giảng viên là các chuyên gia của trường đại học sư "
            "phạm và giáo viên cốt cán có nhiều kinh nghiệm dạy học tích hợp.</p>"
            "<p>Sau nhiều năm thực hiện Chương trình GDPT 2018, môn Khoa học tự nhiên và môn Lịch sử và Địa lý ở cấp "
            "THCS vẫn được đánh giá là khó triển khai. Phần lớn giáo viên được đào tạo đơn môn, nên khi dạy những mạch "
            "nội dung ngoài chuyên ngành của mình còn thiếu tự tin. Việc phân công nhiều giáo viên cùng dạy một môn "
            "cũng khiến khâu đánh giá học sinh thiếu thống nhất.</p>"
            "<h2>Gợi ý cách làm từ thực tiễn</h2>"
            "<p>Tại lớp bồi dưỡng, học viên được thảo luận về các phương án phân công phù hợp với điều kiện từng "
            "trường, cách xây dựng kế hoạch dạy học của tổ chuyên môn và phối hợp trong kiểm tra, đánh giá định kỳ. "
            "Nhiều chủ đề tích hợp gắn với Đắk Lắk như “Nước và sự sống ở hồ Lắk”, “Đất đỏ bazan và cây cà phê” được "
            "các nhóm thiết kế, trình bày.</p>"
            "<p>Thầy Bùi Quang Trung, giáo viên Trường THCS Nguyễn Du (huyện Ea Kar), chia sẻ: “Tôi vốn học sư phạm "
            "Vật lý, dạy phần Sinh học luôn phải chuẩn bị rất kỹ. Được trao đổi với đồng nghiệp các trường, tôi có "
            "thêm nhiều ý tưởng thí nghiệm đơn giản, dễ làm với đồ dùng sẵn có”.</p>"
            "<p>Bà Phan Thị Ngọc Lan, Phó Trưởng phòng Giáo dục Trung học, Sở GD&amp;ĐT, cho biết sau đợt bồi dưỡng, "
            "Sở sẽ xây dựng kho học liệu dùng chung gồm kế hoạch bài dạy, video thí nghiệm và đề kiểm tra tham khảo, "
            "đăng tải trên hệ thống học tập trực tuyến của ngành để giáo viên toàn tỉnh khai thác.</p>"
        ),
        "category": "hoat-dong-chuyen-mon",
        "tags": ["Chương trình GDPT 2018", "Bồi dưỡng giáo viên"],
        "unit_code": "SGDDT",
        "byline": "Minh Thu",
        "source": "",
        "days_ago": 33,
        "hour": 8,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Krông Năng: sinh hoạt chuyên môn theo nghiên cứu bài học, thầy cô cùng nhìn vào việc học của trò",
        "lead": (
            "Thay vì “dự giờ để xếp loại”, các buổi sinh hoạt chuyên môn liên trường ở Krông Năng tập trung quan sát "
            "học sinh học như thế nào, gặp khó khăn ở đâu, từ đó cùng điều chỉnh cách tổ chức bài học."
        ),
        "body": (
            "<p>Phòng GD&amp;ĐT huyện Krông Năng vừa tổ chức chuỗi sinh hoạt chuyên môn theo nghiên cứu bài học cấp "
            "tiểu học tại ba cụm trường. Mỗi buổi có một giáo viên dạy minh họa, các đồng nghiệp ngồi quanh các nhóm "
            "học sinh để quan sát, ghi chép và chụp ảnh sản phẩm của các em.</p>"
            "<p>Điểm khác biệt là sau tiết dạy, người dự không nhận xét ưu, khuyết điểm của giáo viên, mà chia sẻ "
            "những điều thấy được ở học sinh: em nào còn lúng túng, vì sao nhóm này chưa hoàn thành nhiệm vụ, câu hỏi "
            "nào khiến cả lớp im lặng. Từ đó, cả tổ cùng bàn cách điều chỉnh thiết kế bài học.</p>"
            "<p>Cô Lữ Thị Phương, giáo viên Trường Tiểu học Lê Văn Tám, người dạy minh họa môn Toán lớp 3, cho biết: "
            "“Trước đây mỗi lần có người dự giờ tôi rất áp lực. Nay đồng nghiệp đến để cùng tìm hiểu học sinh, tôi "
            "thấy nhẹ nhàng và học được nhiều điều từ những góc nhìn khác nhau”.</p>"
            "<h2>Lan tỏa văn hóa học tập trong nhà trường</h2>"
            "<p>Theo bà Trần Thị Mỹ Hạnh, Phó Trưởng phòng GD&amp;ĐT huyện Krông Năng, sinh hoạt chuyên môn theo "
            "nghiên cứu bài học đã được triển khai nhiều năm nhưng ở một số nơi vẫn còn hình thức. Năm học này, Phòng "
            "yêu cầu mỗi tổ chuyên môn tổ chức ít nhất một buổi mỗi tháng, ghi lại bằng hình ảnh, video để chia sẻ "
            "trên hệ thống học tập trực tuyến.</p>"
            "<p>Cách làm này đặc biệt có ý nghĩa với các trường ở vùng khó, nơi giáo viên trẻ ít có cơ hội học hỏi. "
            "Qua các buổi sinh hoạt liên trường, nhiều thầy cô đã mạnh dạn đổi mới cách đặt câu hỏi, tổ chức trò chơi "
            "học tập và dành nhiều thời gian hơn cho những học sinh tiếp thu chậm.</p>"
        ),
        "category": "hoat-dong-chuyen-mon",
        "tags": ["Bồi dưỡng giáo viên"],
        "unit_code": "KN",
        "byline": "Ngọc Anh",
        "source": "Phòng GD&ĐT huyện Krông Năng",
        "days_ago": 20,
        "hour": 15,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học, đưa chuyển đổi số vào từng tiết học",
        "lead": (
            "Giáo viên được hướng dẫn sử dụng công cụ trí tuệ nhân tạo để soạn câu hỏi, thiết kế phiếu học tập, hỗ trợ "
            "chấm bài viết, đồng thời được lưu ý về đạo đức, bản quyền và bảo vệ dữ liệu của học sinh."
        ),
        "body": (
            "<p>Chương trình tập huấn do Sở GD&amp;ĐT phối hợp với một doanh nghiệp công nghệ tổ chức cho hơn 400 giáo "
            "viên cốt cán các cấp học. Sau đợt tập huấn, các giáo viên cốt cán sẽ hướng dẫn lại cho đồng nghiệp tại "
            "trường mình.</p>"
            "<p>Trong phần thực hành, học viên thử yêu cầu công cụ trí tuệ nhân tạo gợi ý các câu hỏi đọc hiểu theo "
            "nhiều mức độ, tạo tình huống thực tế cho bài toán lớp 8, hay soạn phiếu học tập song ngữ cho học sinh dân "
            "tộc thiểu số. Kết quả được giáo viên rà soát, chỉnh sửa trước khi sử dụng.</p>"
            "<blockquote>Trí tuệ nhân tạo là trợ lý, không phải người thay thế giáo viên. Thầy cô vẫn là người quyết "
            "định nội dung nào phù hợp với học sinh của mình.</blockquote>"
            "<p>Đó là lưu ý được thạc sĩ Nguyễn Hoàng Duy, báo cáo viên của lớp tập huấn, nhắc lại nhiều lần. Ông cho "
            "biết các công cụ hiện nay đôi khi đưa ra thông tin sai hoặc không phù hợp với chương trình, nên giáo viên "
            "cần kiểm chứng kỹ. Tuyệt đối không đưa họ tên, điểm số hay thông tin cá nhân của học sinh lên các nền "
            "tảng chưa được cấp phép.</p>"
            "<h2>Giảm tải công việc, dành thời gian cho học sinh</h2>"
            "<p>Cô Lê Thị Thùy Dương, giáo viên Ngữ văn Trường THPT Ea H'leo, cho biết cô đã thử dùng công cụ để gợi ý "
            "nhận xét cho bài viết của học sinh. “Tôi tiết kiệm được khá nhiều thời gian, nhưng vẫn phải đọc kỹ từng "
            "bài, vì mỗi em có cách viết riêng mà máy chưa hiểu hết”, cô nói.</p>"
            "<p>Theo kế hoạch chuyển đổi số của ngành, Sở GD&amp;ĐT sẽ ban hành hướng dẫn sử dụng trí tuệ nhân tạo "
            "trong dạy học và kiểm tra, đánh giá, đồng thời khuyến khích giáo viên chia sẻ sản phẩm trên kho học liệu "
            "số dùng chung.</p>"
        ),
        "category": "hoat-dong-chuyen-mon",
        "tags": ["Chuyển đổi số", "Bồi dưỡng giáo viên"],
        "unit_code": "SGDDT",
        "byline": "Đức Tâm",
        "source": "",
        "days_ago": 13,
        "hour": 14,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": (
            "Cuộc thi khoa học kỹ thuật cấp tỉnh: 68 dự án của học sinh trung học hướng tới giải quyết vấn đề thực tiễn"
        ),
        "lead": (
            "Từ máy sấy cà phê dùng năng lượng mặt trời đến ứng dụng cảnh báo sạt lở đất, nhiều dự án của học sinh Đắk "
            "Lắk xuất phát từ chính những khó khăn của gia đình, buôn làng và được ban giám khảo đánh giá cao."
        ),
        "body": (
            "<p>Cuộc thi khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2026-2027 diễn ra tại Trường "
            "THPT Chuyên Nguyễn Du với 68 dự án thuộc 16 lĩnh vực. Các dự án được trưng bày, thuyết trình trực tiếp "
            "trước hội đồng giám khảo là giảng viên các trường đại học, viện nghiên cứu trên địa bàn.</p>"
            "<p>Theo ban tổ chức, số dự án năm nay tăng gần 20% so với năm trước; đáng chú ý là sự tham gia ngày càng "
            "nhiều của các trường THCS, THPT ở vùng khó. Nhiều đề tài gắn với nông nghiệp, môi trường và đời sống của "
            "đồng bào dân tộc thiểu số.</p>"
            "<p>Một số dự án tiêu biểu được ban giám khảo đánh giá cao:</p>"
            "<ul>"
            "<li>Hệ thống sấy cà phê dùng năng lượng mặt trời kết hợp cảm biến độ ẩm (Trường THPT Krông Pắc);</li>"
            "<li>Ứng dụng cảnh báo sớm nguy cơ sạt lở đất tại các điểm trường vùng núi (Trường THPT Chuyên Nguyễn "
            "Du);</li>"
            "<li>Chế phẩm sinh học xử lý vỏ cà phê thành phân bón hữu cơ (Trường Phổ thông Dân tộc nội trú N'Trang "
            "Lơng);</li>"
            "<li>Bộ học liệu điện tử song ngữ Việt - Ê Đê cho học sinh lớp 1 (Trường THPT Nguyễn Thị Minh Khai).</li>"
            "</ul>"
            "<p>Em Y Đạt Niê, học sinh lớp 11 Trường Phổ thông Dân tộc nội trú N'Trang Lơng, cho biết ý tưởng đề tài "
            "đến từ những đống vỏ cà phê bị đổ bỏ ở buôn mình sau mỗi mùa thu hoạch. Nhóm em đã thử nghiệm gần một năm "
            "với sự hướng dẫn của thầy giáo dạy Sinh học mới tìm được công thức ủ phù hợp.</p>"
            "<p>Ban tổ chức đã trao 4 giải Nhất, 8 giải Nhì, 12 giải Ba và 16 giải Khuyến khích. Sở GD&amp;ĐT sẽ chọn "
            "các dự án xuất sắc nhất tiếp tục hoàn thiện để tham dự cuộc thi cấp quốc gia, đồng thời giới thiệu đến "
            "doanh nghiệp và địa phương những sản phẩm có khả năng ứng dụng.</p>"
        ),
        "category": "hoat-dong-chuyen-mon",
        "tags": ["Nghiên cứu khoa học", "Học sinh giỏi"],
        "unit_code": "THPT-CHUYEN",
        "byline": "Quốc Việt",
        "source": "",
        "days_ago": 5,
        "hour": 19,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Chuyên đề tăng cường tiếng Việt cho trẻ mầm non vùng dân tộc thiểu số tại huyện Buôn Đôn",
        "lead": (
            "Thông qua các hoạt động chơi mà học, kể chuyện bằng tranh và góc văn hóa dân tộc, giáo viên giúp trẻ mạnh "
            "dạn giao tiếp bằng tiếng Việt, chuẩn bị tâm thế vững vàng trước khi bước vào lớp 1."
        ),
        "body": (
            "<p>Chuyên đề do Sở GD&amp;ĐT tổ chức tại Trường Mầm non Hoa Sen (huyện Buôn Đôn), với sự tham dự của cán "
            "bộ quản lý, giáo viên mầm non đến từ các huyện có đông học sinh dân tộc thiểu số như Buôn Đôn, Ea Súp, "
            "Lắk, Krông Bông và M'Đrắk.</p>"
            "<p>Trường Mầm non Hoa Sen có hơn 70% trẻ là người Ê Đê, M'nông, Gia Rai và Lào. Nhiều cháu khi mới đến "
            "lớp chỉ nói được tiếng mẹ đẻ, còn e dè với cô giáo và bạn bè. Để khắc phục, nhà trường xây dựng môi "
            "trường giàu chữ viết, tranh ảnh ở mọi góc lớp, hành lang; mỗi ngày dành thời gian trò chuyện, đọc thơ, kể "
            "chuyện cho trẻ nghe.</p>"
            "<p>Các đại biểu đã dự hai hoạt động minh họa: làm quen với văn học qua câu chuyện “Chú voi con ở Bản Đôn” "
            "và hoạt động khám phá các loại quả của vườn nhà. Trong giờ học, cô giáo linh hoạt sử dụng một số từ tiếng "
            "Ê Đê để giải thích khi trẻ chưa hiểu, rồi khuyến khích trẻ nhắc lại bằng tiếng Việt.</p>"
            "<h2>Gắn kết với gia đình và cộng đồng</h2>"
            "<p>Cô H'Bla Êban, giáo viên người Ê Đê của trường, cho biết giáo viên biết tiếng dân tộc là lợi thế lớn. "
            "Cô thường trao đổi với phụ huynh để họ cùng trò chuyện bằng tiếng Việt với con vào buổi tối, đồng thời "
            "mời các bà, các mẹ đến lớp kể chuyện cổ tích của dân tộc mình.</p>"
            "<p>Phát biểu tại chuyên đề, bà H'Ngơn Byă, Trưởng phòng Giáo dục Mầm non, Sở GD&amp;ĐT, đề nghị các "
            "trường vận dụng linh hoạt, không áp dụng máy móc. Điều quan trọng là trẻ được nói, được hỏi và được khen "
            "ngợi mỗi ngày, để tiếng Việt trở thành nhịp cầu giúp các cháu tự tin hòa nhập.</p>"
        ),
        "category": "hoat-dong-chuyen-mon",
        "tags": ["Giáo dục dân tộc", "Giáo dục mầm non"],
        "unit_code": "BD-01",
        "byline": "H'Yến Niê",
        "source": "",
        "days_ago": 38,
        "hour": 10,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Chuyên đề đổi mới kiểm tra, đánh giá môn Tiếng Anh cấp THCS theo định hướng phát triển năng lực",
        "lead": (
            "Giáo viên tiếng Anh các trường THCS thành phố Buôn Ma Thuột cùng thảo luận cách xây dựng đề kiểm tra có "
            "đủ bốn kỹ năng nghe, nói, đọc, viết và cách tổ chức kiểm tra kỹ năng nói với lớp học đông học sinh."
        ),
        "body": (
            "<p>Chuyên đề do Phòng GD&amp;ĐT thành phố Buôn Ma Thuột tổ chức tại Trường THCS Nguyễn Du, thu hút gần "
            "150 giáo viên tiếng Anh cấp THCS tham dự. Đây là một trong những nội dung trọng tâm của kế hoạch bồi "
            "dưỡng chuyên môn môn Ngoại ngữ năm học 2026-2027.</p>"
            "<p>Theo các giáo viên, khó khăn lớn nhất hiện nay là kiểm tra kỹ năng nói. Một lớp có 40 đến 45 học sinh, "
            "nếu kiểm tra từng em thì mất nhiều tiết học; nếu chỉ kiểm tra viết thì không phản ánh đúng năng lực giao "
            "tiếp của học sinh.</p>"
            "<p>Tại chuyên đề, tổ Tiếng Anh của trường chủ nhà đã giới thiệu cách làm của mình: chia lớp thành các "
            "nhóm nhỏ, kiểm tra nói theo cặp qua các tình huống gần gũi, kết hợp với sản phẩm ghi âm, quay video học "
            "sinh tự thực hiện ở nhà. Giáo viên chấm theo bảng tiêu chí được công bố trước để học sinh biết mình cần "
            "cố gắng ở đâu.</p>"
            "<p>Cô Trần Thị Ánh Tuyết, tổ trưởng tổ Tiếng Anh, chia sẻ: “Khi biết tiêu chí, học sinh chủ động luyện "
            "tập hơn. Có em trước đây không dám mở lời, sau vài lần thu âm ở nhà đã tự tin nói trước lớp”.</p>"
            "<p>Các nhóm giáo viên cũng thực hành xây dựng ma trận, bản đặc tả và đề kiểm tra giữa kỳ theo hướng đánh "
            "giá năng lực, hạn chế những câu hỏi chỉ kiểm tra ghi nhớ ngữ pháp. Những sản phẩm tốt sẽ được Phòng "
            "GD&amp;ĐT tập hợp thành bộ đề tham khảo để các trường trong thành phố sử dụng.</p>"
        ),
        "category": "hoat-dong-chuyen-mon",
        "tags": ["Ngoại ngữ", "Chương trình GDPT 2018"],
        "unit_code": "BMT-04",
        "byline": "Hoàng Mai",
        "source": "",
        "days_ago": 0,
        "hour": 11,
        "status": "pending",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Giáo dục kỹ năng sống qua hoạt động trải nghiệm: tránh hình thức, gắn với đời sống của học sinh",
        "lead": (
            "Nhiều trường đã tổ chức hoạt động trải nghiệm sinh động, giúp học sinh biết tự phục vụ, ứng xử và bảo vệ "
            "bản thân; tuy nhiên vẫn còn nơi nặng về phong trào, tổ chức cho có mà chưa chú ý đến nhu cầu thật của các "
            "em."
        ),
        "body": (
            "<p>Hoạt động trải nghiệm là nội dung bắt buộc trong Chương trình GDPT 2018, được kỳ vọng là con đường "
            "hiệu quả để giáo dục kỹ năng sống cho học sinh. Qua khảo sát của Sở GD&amp;ĐT, nhiều trường đã có cách "
            "làm sáng tạo như tổ chức cho học sinh tự nấu bữa sáng, trồng và chăm sóc vườn trường, thực hành thoát "
            "hiểm, sơ cứu ban đầu.</p>"
            "<p>Tại một số trường tiểu học ở Buôn Ma Thuột, học sinh lớp 4, 5 được giao quản lý “chợ quê” trong ngày "
            "hội, tự tính toán mua bán, qua đó rèn kỹ năng giao tiếp, làm việc nhóm và hiểu giá trị của đồng tiền. Ở "
            "huyện Lắk, học sinh THCS được đưa ra bến thuyền độc mộc để tìm hiểu cách phòng tránh đuối nước.</p>"
            "<h2>Vẫn còn tình trạng “làm cho có”</h2>"
            "<p>Tuy vậy, vẫn còn những tiết hoạt động trải nghiệm chỉ dừng ở việc giáo viên đọc tài liệu, học sinh "
            "chép lại các bước. Có trường tổ chức chuyến tham quan quy mô lớn nhưng thiếu mục tiêu giáo dục rõ ràng, "
            "học sinh về chỉ nhớ đã đi chơi ở đâu. Một số nội dung sát sườn như an toàn trên mạng, kiểm soát cảm xúc, "
            "phòng chống xâm hại chưa được quan tâm đúng mức.</p>"
            "<p>Theo các chuyên gia giáo dục, kỹ năng chỉ hình thành khi học sinh được thực hành nhiều lần trong những "
            "tình huống gần với đời sống. Giáo viên cần lắng nghe học sinh để chọn chủ đề phù hợp, phối hợp với gia "
            "đình để các em tiếp tục rèn luyện ở nhà.</p>"
            "<p>Sở GD&amp;ĐT sẽ tổ chức chuyên đề cấp tỉnh về hoạt động trải nghiệm trong học kỳ II, lựa chọn những mô "
            "hình hiệu quả để giới thiệu rộng rãi.</p>"
        ),
        "category": "hoat-dong-chuyen-mon",
        "tags": ["Kỹ năng sống", "Chương trình GDPT 2018"],
        "unit_code": None,
        "byline": "Lê Phương",
        "source": "",
        "days_ago": 3,
        "hour": 9,
        "status": "draft",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    # --- Thi cử - Tuyển sinh ------------------------------------------------------------------------------------------
    {
        "title": "Đắk Lắk triển khai ôn tập cho gần 24.000 học sinh lớp 12 chuẩn bị kỳ thi tốt nghiệp THPT năm 2027",
        "lead": (
            "Sở GD&ĐT yêu cầu các trường phân loại học sinh ngay từ học kỳ I, xây dựng kế hoạch ôn tập phù hợp với "
            "từng nhóm, đặc biệt quan tâm học sinh ở vùng khó và những em lựa chọn môn thi chưa phù hợp với năng lực."
        ),
        "body": (
            "<p>Theo số liệu tổng hợp, năm học 2026-2027 toàn tỉnh có gần 24.000 học sinh lớp 12 đang học tại các "
            "trường THPT và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên. Đây là khóa học sinh thứ ba học "
            "trọn vẹn Chương trình GDPT 2018 ở cấp THPT và dự thi theo phương án thi tốt nghiệp mới.</p>"
            "<p>Theo hướng dẫn của Sở GD&amp;ĐT, ngay trong học kỳ I, các trường tổ chức khảo sát chất lượng, tư vấn "
            "để học sinh lựa chọn hai môn thi tự chọn phù hợp với năng lực và định hướng xét tuyển đại học, giáo dục "
            "nghề nghiệp. Việc ôn tập được lồng ghép trong các tiết dạy chính khóa, không tổ chức dạy thêm thu tiền "
            "trái quy định.</p>"
            "<h2>Quan tâm học sinh vùng khó</h2>"
            "<p>Các trường có đông học sinh dân tộc thiểu số như Trường Phổ thông Dân tộc nội trú N'Trang Lơng, Trường "
            "THPT Ea H'leo được yêu cầu xây dựng kế hoạch phụ đạo riêng cho học sinh có học lực yếu ở môn Toán và Ngữ "
            "văn. Giáo viên chủ nhiệm phối hợp với gia đình theo dõi chuyên cần, hạn chế tình trạng học sinh nghỉ học "
            "vào mùa thu hoạch.</p>"
            "<p>Ông Hồ Sỹ Lâm, Trưởng phòng Quản lý chất lượng, Sở GD&amp;ĐT, cho biết: “Kinh nghiệm của hai kỳ thi "
            "vừa qua cho thấy học sinh bám sát sách giáo khoa, được luyện tập đều đặn với các dạng câu hỏi mới thì đạt "
            "kết quả tốt. Các trường không nên chạy theo đề luyện tràn lan, gây áp lực cho học sinh”.</p>"
            "<p>Sở GD&amp;ĐT sẽ tổ chức hai đợt khảo sát chất lượng lớp 12 trên phạm vi toàn tỉnh vào cuối học kỳ I và "
            "giữa học kỳ II. Kết quả khảo sát là căn cứ để các trường điều chỉnh kế hoạch ôn tập, tập trung hỗ trợ "
            "những lớp, những môn còn nhiều học sinh có điểm thấp.</p>"
            "<p>Cùng với công tác chuyên môn, các nhà trường được đề nghị quan tâm tư vấn tâm lý, giúp học sinh giữ "
            "sức khỏe và tinh thần thoải mái, tự tin bước vào kỳ thi tốt nghiệp THPT năm 2027.</p>"
        ),
        "category": "thi-cu-tuyen-sinh",
        "tags": ["Thi tốt nghiệp THPT"],
        "unit_code": "SGDDT",
        "byline": "Quốc Bảo",
        "source": "",
        "days_ago": 7,
        "hour": 9,
        "status": "published",
        "is_featured": True,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Hội nghị đánh giá kỳ thi tốt nghiệp THPT năm 2026, rút kinh nghiệm chuẩn bị cho kỳ thi năm 2027",
        "lead": (
            "Kỳ thi tốt nghiệp THPT năm 2026 tại Đắk Lắk diễn ra an toàn, nghiêm túc, đúng quy chế; tỷ lệ tốt nghiệp "
            "đạt 98,7%, nhiều môn thi có điểm trung bình cao hơn mức trung bình của cả nước."
        ),
        "body": (
            "<p>Hội nghị do Sở GD&amp;ĐT tổ chức với sự tham dự của đại diện Ban Chỉ đạo thi tỉnh, các sở, ngành liên "
            "quan, lãnh đạo các trường THPT và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trong toàn "
            "tỉnh.</p>"
            "<p>Báo cáo tại hội nghị cho biết, kỳ thi năm 2026 được tổ chức tại 38 điểm thi với sự tham gia của hơn "
            "5.200 cán bộ, giáo viên làm nhiệm vụ. Một số chỉ số chính của kỳ thi như sau:</p>"
            "<table><thead>"
            '<tr><th scope="col">Nội dung</th><th scope="col">Năm 2025</th><th scope="col">Năm '
            "2026</th></tr></thead>"
            "<tbody><tr><td>Số thí sinh đăng ký dự thi</td><td>23.180</td><td>23.640</td></tr>"
            "<tr><td>Số điểm thi</td><td>37</td><td>38</td></tr>"
            "<tr><td>Tỷ lệ tốt nghiệp</td><td>98,4%</td><td>98,7%</td></tr>"
            "<tr><td>Số thí sinh vi phạm quy chế</td><td>6</td><td>3</td></tr></tbody></table>"
            "<p>Công tác phối hợp giữa ngành giáo dục với công an, y tế, điện lực và các địa phương được đánh giá chặt "
            "chẽ. Tại các huyện vùng sâu, nhiều thí sinh được hỗ trợ chỗ ở, bữa ăn miễn phí, phương tiện đưa đón trong "
            "những ngày thi.</p>"
            "<h2>Những vấn đề cần rút kinh nghiệm</h2>"
            "<p>Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như việc hướng dẫn thí sinh đăng ký dự "
            "thi trực tuyến ở một số trường còn chậm, vẫn có thí sinh mang điện thoại vào khu vực thi, một số cán bộ "
            "coi thi chưa nắm chắc quy trình xử lý tình huống bất thường.</p>"
            "<p>Kết luận hội nghị, ông Phan Trọng Nghĩa, Giám đốc Sở GD&amp;ĐT, yêu cầu các đơn vị chủ động chuẩn bị "
            "cho kỳ thi năm 2027 ngay từ đầu năm học, chú trọng tập huấn nghiệp vụ, tuyên truyền quy chế thi đến học "
            "sinh và phụ huynh. Dịp này, Sở đã khen thưởng 25 tập thể, 68 cá nhân có thành tích xuất sắc trong tổ chức "
            "kỳ thi.</p>"
        ),
        "category": "thi-cu-tuyen-sinh",
        "tags": ["Thi tốt nghiệp THPT", "Thi đua khen thưởng"],
        "unit_code": "SGDDT",
        "byline": "Minh Thu",
        "source": "",
        "days_ago": 46,
        "hour": 15,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Lấy ý kiến dự thảo phương án tuyển sinh lớp 10 năm học 2027-2028: dự kiến thi ba môn, công bố sớm",
        "lead": (
            "Sở GD&ĐT đề xuất tiếp tục tổ chức thi tuyển với ba môn Toán, Ngữ văn và Tiếng Anh tại thành phố Buôn Ma "
            "Thuột, thị xã Buôn Hồ; các địa phương còn lại kết hợp thi tuyển và xét tuyển tùy theo điều kiện thực tế."
        ),
        "body": (
            "<p>Dự thảo phương án tuyển sinh vào lớp 10 THPT năm học 2027-2028 đã được Sở GD&amp;ĐT đăng tải trên Cổng "
            "thông tin điện tử để lấy ý kiến rộng rãi của cán bộ quản lý, giáo viên, phụ huynh và học sinh. Thời gian "
            "góp ý kéo dài 15 ngày kể từ ngày đăng tải.</p>"
            "<p>Theo dự thảo, đối với Trường THPT Chuyên Nguyễn Du, ngoài ba môn thi chung, thí sinh thi thêm môn "
            "chuyên. Trường Phổ thông Dân tộc nội trú N'Trang Lơng tiếp tục tuyển sinh theo hình thức xét tuyển kết "
            "hợp với thi đánh giá năng lực, dành chỉ tiêu cho học sinh dân tộc thiểu số thuộc các xã vùng khó.</p>"
            "<h2>Công bố sớm để học sinh yên tâm ôn tập</h2>"
            "<p>Ông Hồ Sỹ Lâm, Trưởng phòng Quản lý chất lượng, Sở GD&amp;ĐT, cho biết việc công bố dự thảo ngay từ "
            "học kỳ I nhằm giúp học sinh lớp 9 và phụ huynh chủ động kế hoạch học tập. Phương án được xây dựng trên "
            "tinh thần ổn định, không gây áp lực, phù hợp với quy chế tuyển sinh của Bộ GD&amp;ĐT.</p>"
            "<p>Điểm mới đáng chú ý của dự thảo là việc đăng ký dự tuyển được thực hiện hoàn toàn trực tuyến. Học sinh "
            "được đăng ký tối đa hai nguyện vọng; kết quả thi và điểm chuẩn sẽ được công bố trên Cổng thông tin điện "
            "tử của Sở và gửi tin nhắn đến phụ huynh.</p>"
            "<p>Nhiều phụ huynh ở Buôn Ma Thuột bày tỏ đồng tình với việc giữ ổn định số môn thi. Chị Lê Thị Thu "
            "Trang, phụ huynh học sinh lớp 9 Trường THCS Nguyễn Du, cho biết: “Gia đình mong phương án sớm được chốt "
            "để con tập trung ôn luyện, không phải chạy theo những thông tin chưa chính thức trên mạng”.</p>"
            "<p>Sau khi tổng hợp ý kiến, Sở GD&amp;ĐT sẽ hoàn thiện phương án, trình UBND tỉnh phê duyệt và tổ chức "
            "họp báo công bố chính thức.</p>"
        ),
        "category": "thi-cu-tuyen-sinh",
        "tags": ["Tuyển sinh lớp 10"],
        "unit_code": "SGDDT",
        "byline": "Quốc Việt",
        "source": "",
        "days_ago": 11,
        "hour": 8,
        "status": "published",
        "is_featured": False,
        "is_must_read": True,
        "author": "bientapvien",
    },
    {
        "title": "Đắk Lắk thành lập đội tuyển dự thi học sinh giỏi quốc gia gồm 76 học sinh, bồi dưỡng 12 môn thi",
        "lead": (
            "Qua kỳ thi chọn đội tuyển, 76 học sinh xuất sắc đã được lựa chọn để tập trung bồi dưỡng tại Trường THPT "
            "Chuyên Nguyễn Du, trong đó có nhiều em đến từ các trường THPT ở huyện và Trường Phổ thông Dân tộc nội trú "
            "N'Trang Lơng."
        ),
        "body": (
            "<p>Kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia năm nay có hơn 300 thí sinh tham dự, là những "
            "học sinh đạt giải cao trong kỳ thi học sinh giỏi cấp tỉnh. Đề thi được đánh giá có tính phân loại tốt, "
            "bám sát cấu trúc đề thi quốc gia.</p>"
            "<p>Trong số 76 học sinh được chọn, Trường THPT Chuyên Nguyễn Du có 61 em; các em còn lại đến từ Trường "
            "THPT Buôn Ma Thuột, Trường THPT Chu Văn An, Trường THPT Krông Pắc và Trường Phổ thông Dân tộc nội trú "
            "N'Trang Lơng. Môn Tin học và Tiếng Anh có số học sinh các trường không chuyên tham gia đội tuyển nhiều "
            "nhất.</p>"
            "<p>Em H'Lan Mlô, học sinh lớp 12 Trường Phổ thông Dân tộc nội trú N'Trang Lơng, là thành viên đội tuyển "
            "môn Địa lý. Em chia sẻ: “Em chưa bao giờ nghĩ mình được vào đội tuyển tỉnh. Em sẽ cố gắng hết sức để "
            "không phụ lòng thầy cô và bố mẹ ở quê”.</p>"
            "<h2>Đội ngũ giáo viên bồi dưỡng giàu kinh nghiệm</h2>"
            "<p>Các đội tuyển được tập trung bồi dưỡng khoảng hai tháng, do giáo viên giàu kinh nghiệm của Trường THPT "
            "Chuyên Nguyễn Du và các trường phụ trách, kết hợp mời giảng viên đại học hỗ trợ các chuyên đề khó. Học "
            "sinh ở xa được nhà trường bố trí chỗ ở nội trú và hỗ trợ tiền ăn trong thời gian ôn luyện.</p>"
            "<p>Thầy Võ Đình Khánh, Hiệu trưởng Trường THPT Chuyên Nguyễn Du, cho biết nhà trường đã chuẩn bị đầy đủ "
            "phòng học, phòng thí nghiệm và tài liệu cho các đội tuyển. Mục tiêu năm nay là giữ vững số lượng giải và "
            "phấn đấu có giải Nhất ở các môn thế mạnh như Toán, Tin học, Sinh học.</p>"
            "<p>Năm học trước, Đắk Lắk có 42 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia, trong đó có 3 "
            "giải Nhất, thuộc nhóm dẫn đầu khu vực Tây Nguyên.</p>"
        ),
        "category": "thi-cu-tuyen-sinh",
        "tags": ["Học sinh giỏi"],
        "unit_code": "THPT-CHUYEN",
        "byline": "Thanh Hương",
        "source": "",
        "days_ago": 17,
        "hour": 18,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Tập huấn kỹ thuật xây dựng câu hỏi trắc nghiệm theo định dạng mới của kỳ thi tốt nghiệp THPT",
        "lead": (
            "Giáo viên cốt cán các môn thi được hướng dẫn cách viết câu hỏi đúng - sai, câu hỏi trả lời ngắn và câu "
            "hỏi gắn với tình huống thực tiễn, góp phần xây dựng ngân hàng câu hỏi dùng chung cho các trường trong "
            "tỉnh."
        ),
        "body": (
            "<p>Lớp tập huấn do Phòng Quản lý chất lượng, Sở GD&amp;ĐT tổ chức với sự tham gia của gần 350 giáo viên "
            "THPT thuộc các môn thi tốt nghiệp. Báo cáo viên là các chuyên gia về đo lường, đánh giá trong giáo dục và "
            "giáo viên từng tham gia công tác ra đề các cấp.</p>"
            "<p>Học viên được ôn lại những yêu cầu cơ bản của một câu hỏi trắc nghiệm tốt: đo đúng yêu cầu cần đạt của "
            "chương trình, ngôn ngữ rõ ràng, không gây hiểu nhầm và các phương án nhiễu phải hợp lý. Đặc biệt, các "
            "dạng câu hỏi đúng - sai nhiều ý và câu hỏi trả lời ngắn được phân tích kỹ qua nhiều ví dụ minh họa.</p>"
            "<p>Trong phần thực hành, các nhóm giáo viên cùng môn viết câu hỏi, sau đó trao đổi chéo để phản biện. "
            "Nhiều câu hỏi lấy bối cảnh từ thực tế địa phương như sản lượng cà phê, mực nước hồ Lắk hay lượng mưa mùa "
            "lũ, giúp học sinh thấy kiến thức gần gũi và có ý nghĩa hơn.</p>"
            "<p>Cô Đoàn Thị Mai Phương, giáo viên Toán Trường THPT Nguyễn Thị Minh Khai, nhận xét: “Viết một câu hỏi "
            "trắc nghiệm tưởng dễ nhưng thật ra rất khó. Có câu nhóm tôi phải sửa đến bốn lần mới bảo đảm chỉ có một "
            "cách hiểu”.</p>"
            "<p>Sau tập huấn, mỗi giáo viên có nhiệm vụ biên soạn ít nhất 40 câu hỏi theo ma trận được phân công. Các "
            "câu hỏi sẽ được thẩm định, thử nghiệm trên học sinh trước khi đưa vào ngân hàng câu hỏi của tỉnh, phục vụ "
            "các đợt khảo sát chất lượng lớp 12 và kiểm tra định kỳ tại các trường.</p>"
        ),
        "category": "thi-cu-tuyen-sinh",
        "tags": ["Thi tốt nghiệp THPT", "Bồi dưỡng giáo viên"],
        "unit_code": "SGDDT",
        "byline": "Lê Phương",
        "source": "",
        "days_ago": 29,
        "hour": 14,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Ngày hội tư vấn tuyển sinh, hướng nghiệp đến với hơn 1.000 học sinh Trường THPT Ea H'leo",
        "lead": (
            "Học sinh được giải đáp những băn khoăn về chọn ngành, phương thức xét tuyển đại học, học bổng và cơ hội "
            "việc làm; nhiều em lần đầu được trò chuyện trực tiếp với giảng viên, doanh nghiệp ngay tại trường."
        ),
        "body": (
            "<p>Ngày hội do Trường THPT Ea H'leo phối hợp với các trường đại học, cao đẳng trong khu vực và Trung tâm "
            "Dịch vụ việc làm tỉnh tổ chức. Hơn 1.000 học sinh khối 11, 12 của trường và các trường lân cận đã tham "
            "gia.</p>"
            "<p>Tại khu vực tư vấn, các em đặt nhiều câu hỏi về cách sử dụng kết quả thi tốt nghiệp THPT để xét tuyển, "
            "các ngành học đang thiếu nhân lực ở Tây Nguyên, chính sách miễn giảm học phí và học bổng dành cho sinh "
            "viên dân tộc thiểu số. Nhiều học sinh còn hỏi về học nghề, đi làm ở doanh nghiệp sau khi tốt nghiệp.</p>"
            "<p>Em Ksơr H'Thủy, học sinh lớp 12A5, chia sẻ: “Em thích ngành điều dưỡng nhưng sợ gia đình không đủ tiền "
            "cho em học xa. Hôm nay em được biết có nhiều học bổng và chế độ hỗ trợ, em sẽ cố gắng ôn thi để đạt kết "
            "quả tốt”.</p>"
            "<h2>Chọn ngành phù hợp với năng lực</h2>"
            "<p>Các chuyên gia tư vấn khuyên học sinh nên tìm hiểu kỹ bản thân và nhu cầu thị trường lao động trước "
            "khi quyết định ngành học, không chạy theo số đông hay những ngành “hot” theo phong trào. Việc lựa chọn "
            "hai môn thi tự chọn cũng cần gắn với tổ hợp xét tuyển của ngành mong muốn.</p>"
            "<p>Thầy Nguyễn Văn Lộc, Hiệu trưởng Trường THPT Ea H'leo, cho biết năm học trước có gần 60% học sinh tốt "
            "nghiệp của trường trúng tuyển đại học, cao đẳng. Nhà trường đặt mục tiêu nâng tỷ lệ này, đồng thời định "
            "hướng để học sinh chưa có điều kiện học đại học có thể lựa chọn học nghề phù hợp, sớm có việc làm ổn "
            "định.</p>"
        ),
        "category": "thi-cu-tuyen-sinh",
        "tags": ["Hướng nghiệp", "Thi tốt nghiệp THPT"],
        "unit_code": "THPT-EHL",
        "byline": "Ngọc Anh",
        "source": "",
        "days_ago": 39,
        "hour": 16,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "congtacvien",
    },
    {
        "title": "Sở GD&ĐT công bố lịch thi chọn học sinh giỏi cấp tỉnh lớp 9 và lớp 12 năm học 2026-2027",
        "lead": (
            "Kỳ thi chọn học sinh giỏi lớp 12 sẽ diễn ra vào giữa tháng 12, kỳ thi lớp 9 tổ chức vào đầu tháng 1 năm "
            "2027; các đơn vị hoàn thành đăng ký dự thi trực tuyến trên hệ thống quản lý thi của Sở."
        ),
        "body": (
            "<p>Sở GD&amp;ĐT vừa ban hành kế hoạch tổ chức các kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026-2027. "
            "Theo đó, kỳ thi dành cho học sinh lớp 12 gồm 13 môn, kỳ thi dành cho học sinh lớp 9 gồm 10 môn, được tổ "
            "chức tập trung tại thành phố Buôn Ma Thuột.</p>"
            "<p>Lịch thi cụ thể như sau:</p>"
            "<table><thead>"
            '<tr><th scope="col">Kỳ thi</th><th scope="col">Thời gian dự kiến</th><th scope="col">Địa '
            "điểm</th></tr></thead>"
            "<tbody>"
            "<tr><td>Học sinh giỏi lớp 12</td><td>Giữa tháng 12/2026</td><td>Trường THPT Chuyên Nguyễn Du</td></tr>"
            "<tr><td>Học sinh giỏi lớp 9</td><td>Đầu tháng 01/2027</td><td>Trường THPT Buôn Ma Thuột</td></tr>"
            "</tbody></table>"
            "<p>Học sinh lớp 12 các trường THPT, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên được đăng ký "
            "dự thi nếu có kết quả học tập và rèn luyện từ mức Khá trở lên. Đối với lớp 9, mỗi phòng GD&amp;ĐT được "
            "đăng ký số lượng thí sinh theo chỉ tiêu Sở phân bổ, căn cứ vào số học sinh lớp 9 của địa phương.</p>"
            "<p>Đề thi được xây dựng theo yêu cầu cần đạt của Chương trình GDPT 2018, chú trọng đánh giá năng lực vận "
            "dụng kiến thức vào giải quyết vấn đề. Bài thi của một số môn có phần thực hành hoặc câu hỏi gắn với bối "
            "cảnh thực tế.</p>"
            "<p>Sở GD&amp;ĐT lưu ý các đơn vị không tổ chức ôn luyện kéo dài, gây áp lực cho học sinh; bảo đảm an toàn "
            "cho thí sinh ở xa khi di chuyển về Buôn Ma Thuột dự thi. Kết quả kỳ thi lớp 12 là căn cứ để thành lập các "
            "đội tuyển dự thi học sinh giỏi quốc gia năm sau.</p>"
        ),
        "category": "thi-cu-tuyen-sinh",
        "tags": ["Học sinh giỏi"],
        "unit_code": "SGDDT",
        "byline": "Lê Phương",
        "source": "",
        "days_ago": -3,
        "hour": 9,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    # --- Gương điển hình ----------------------------------------------------------------------------------------------
    {
        "title": "Cô giáo 18 năm bám điểm trường buôn Đrăng Phôk, gieo con chữ giữa đại ngàn Yok Đôn",
        "lead": (
            "Rời quê Quảng Nam lên Tây Nguyên khi vừa tốt nghiệp sư phạm, cô Nguyễn Thị Thu Trang đã gắn bó gần hai "
            "thập kỷ với điểm trường nằm sâu trong vùng lõi Vườn quốc gia Yok Đôn, nơi mùa mưa đường vào lầy lội, có "
            "khi bị chia cắt."
        ),
        "body": (
            "<p>Điểm trường buôn Đrăng Phôk của Trường Tiểu học Lê Văn Tám (huyện Buôn Đôn) chỉ có ba phòng học với "
            "hơn 60 học sinh, phần lớn là con em đồng bào M'nông, Ê Đê và Lào. Năm 2008, cô Trang lần đầu đến đây khi "
            "điểm trường còn là những phòng học tạm vách ván, mái tôn, chưa có điện lưới.</p>"
            "<p>“Những ngày đầu, học trò nói gì tôi cũng không hiểu, các em nhìn cô giáo lạ cũng chỉ cười rồi chạy "
            "đi”, cô kể. Để gần gũi với học sinh, cô tự học tiếng M'nông qua già làng và phụ huynh, ghi từng từ vào "
            "cuốn sổ nhỏ. Đến nay, cô có thể trò chuyện với bà con bằng tiếng dân tộc và thường được mời dự các lễ "
            "cúng của buôn.</p>"
            "<h2>Đến từng nhà đón học trò</h2>"
            "<p>Mỗi năm, vào mùa rẫy hay mùa mưa, sĩ số lớp lại giảm. Những lúc ấy, cô Trang cùng đồng nghiệp đi bộ "
            "đến từng nhà, có khi vào tận chòi rẫy để động viên phụ huynh cho con đi học. Nhiều năm liền, lớp cô phụ "
            "trách không có học sinh bỏ học, học sinh cuối cấp đều hoàn thành chương trình tiểu học.</p>"
            "<p>Không chỉ dạy chữ, cô còn dạy các em thói quen rửa tay, đánh răng, gấp quần áo. Với số tiền dành dụm "
            "và sự hỗ trợ của bạn bè, cô lập tủ sách nhỏ hơn 500 cuốn ngay trong lớp học, tổ chức “giờ đọc truyện” vào "
            "mỗi chiều thứ Sáu.</p>"
            "<blockquote>Có những học trò đầu tiên của tôi giờ đã là giáo viên, y sĩ, quay về phục vụ buôn làng. Đó là "
            "phần thưởng lớn nhất mà nghề dạy học mang lại.</blockquote>"
            "<p>Ông Y Tlam Knul, già làng buôn Đrăng Phôk, nói rằng bà con trong buôn coi cô Trang như người nhà. Mỗi "
            "khi cô về quê ăn Tết, bọn trẻ lại ra đầu buôn ngóng ngày cô trở lại.</p>"
            "<p>Với những đóng góp bền bỉ, cô Nguyễn Thị Thu Trang vừa được Chủ tịch UBND tỉnh tặng Bằng khen nhân dịp "
            "kỷ niệm Ngày Nhà giáo Việt Nam. Cô là một trong những tấm gương tiêu biểu của phong trào thi đua “Dạy "
            "tốt, học tốt” ở vùng sâu, vùng xa của tỉnh.</p>"
        ),
        "category": "guong-dien-hinh",
        "tags": ["Giáo dục dân tộc", "Thi đua khen thưởng"],
        "unit_code": "BD-02",
        "byline": "H'Yến Niê",
        "source": "",
        "days_ago": 2,
        "hour": 7,
        "status": "published",
        "is_featured": True,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Thầy giáo Tin học ở Krông Bông và hành trình chuyển đổi số cho một ngôi trường vùng khó",
        "lead": (
            "Từ phòng máy tính cũ kỹ, thầy Phạm Văn Hưng đã cùng học trò tự sửa chữa thiết bị, xây dựng thư viện số, "
            "thành lập câu lạc bộ lập trình và robot, giúp học sinh vùng khó tự tin bước vào thế giới công nghệ."
        ),
        "body": (
            "<p>Năm 2015, thầy Phạm Văn Hưng về công tác tại Trường THCS Nguyễn Du (huyện Krông Bông). Khi ấy, phòng "
            "tin học của trường chỉ có 12 máy tính, một nửa không khởi động được, đường truyền Internet thường xuyên "
            "gián đoạn.</p>"
            "<p>Không chờ được cấp thiết bị mới, thầy Hưng xin nhà trường cho phép tận dụng linh kiện từ các máy hỏng "
            "để lắp ráp lại. Những buổi chiều cuối tuần, thầy cùng nhóm học sinh yêu công nghệ tháo lắp, cài đặt, dần "
            "dần đưa toàn bộ phòng máy hoạt động trở lại. Sau này, với sự hỗ trợ của các nhà hảo tâm, phòng máy của "
            "trường được bổ sung lên 30 máy.</p>"
            "<h2>Robot từ vật liệu tái chế</h2>"
            "<p>Năm 2019, thầy thành lập câu lạc bộ lập trình và robot với 15 thành viên đầu tiên. Thiếu bộ dụng cụ "
            "đắt tiền, thầy trò tận dụng động cơ đồ chơi cũ, pin, vỏ chai nhựa để chế tạo robot đơn giản. Từ câu lạc "
            "bộ này, học sinh của trường đã đạt nhiều giải trong các cuộc thi khoa học kỹ thuật, tin học trẻ cấp huyện "
            "và cấp tỉnh.</p>"
            "<p>Không chỉ dạy học sinh, thầy Hưng còn là “trợ lý chuyển đổi số” của cả trường. Thầy hướng dẫn đồng "
            "nghiệp sử dụng sổ điểm điện tử, học bạ số, thiết kế bài giảng điện tử và xây dựng thư viện số với hơn "
            "2.000 học liệu dùng chung. Nhiều thầy cô lớn tuổi từng ngại máy tính, nay đã tự tin soạn bài, nhập điểm "
            "trực tuyến.</p>"
            "<p>Em Y Phen Hmok, cựu học sinh của trường, hiện là sinh viên ngành công nghệ thông tin, chia sẻ: “Em lớn "
            "lên ở buôn, trước khi học thầy Hưng chưa từng chạm vào bàn phím. Thầy là người mở cho em cánh cửa để biết "
            "mình có thể làm được nhiều điều”.</p>"
            "<p>Với những đóng góp của mình, thầy Phạm Văn Hưng nhiều năm liền đạt danh hiệu chiến sĩ thi đua cơ sở, "
            "có sáng kiến được công nhận cấp tỉnh và được Giám đốc Sở GD&amp;ĐT tặng giấy khen vì thành tích xuất sắc "
            "trong chuyển đổi số.</p>"
        ),
        "category": "guong-dien-hinh",
        "tags": ["Chuyển đổi số", "Nghiên cứu khoa học"],
        "unit_code": "KBG-04",
        "byline": "Trần Hiếu",
        "source": "",
        "days_ago": 15,
        "hour": 20,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Trường Mầm non Hoa Sen (Cư M'gar): điểm sáng chăm sóc, giáo dục trẻ em đồng bào dân tộc thiểu số",
        "lead": (
            "Từ một trường còn nhiều phòng học tạm, Trường Mầm non Hoa Sen đã đạt chuẩn quốc gia mức độ 2, huy động "
            "gần như toàn bộ trẻ trong độ tuổi ra lớp và trở thành địa chỉ tin cậy của phụ huynh các buôn Ê Đê quanh "
            "vùng."
        ),
        "body": (
            "<p>Trường Mầm non Hoa Sen (huyện Cư M'gar) hiện có 12 nhóm, lớp với gần 400 trẻ, trong đó gần 70% là con "
            "em đồng bào Ê Đê. Mười năm trước, trường chỉ có bốn phòng học kiên cố, các điểm lẻ phải học nhờ nhà văn "
            "hóa buôn, tỷ lệ trẻ 3 tuổi ra lớp chưa đến một nửa.</p>"
            "<p>Bà H'Bia Niê, Hiệu trưởng nhà trường, cho biết bài toán đầu tiên là làm sao để phụ huynh tin tưởng gửi "
            "con. Giáo viên của trường được phân công phụ trách từng buôn, thường xuyên đến nhà vận động, giải thích "
            "lợi ích của việc cho trẻ đi học sớm. Trường cũng mời phụ huynh vào lớp dự giờ, cùng con tham gia các ngày "
            "hội.</p>"
            "<h2>Môi trường giáo dục gần gũi văn hóa buôn làng</h2>"
            "<p>Bước vào khuôn viên trường, có thể thấy ngay những góc chơi mô phỏng nhà dài, bến nước, kho lúa của "
            "người Ê Đê. Đồ dùng học tập được giáo viên làm từ vỏ bắp, trái bầu khô, ống tre. Mỗi lớp đều có góc thư "
            "viện với sách tranh song ngữ do chính giáo viên biên soạn.</p>"
            "<p>Để tăng cường tiếng Việt cho trẻ, nhà trường bố trí mỗi lớp có ít nhất một giáo viên biết tiếng Ê Đê. "
            "Các cô kiên trì trò chuyện với trẻ trong mọi hoạt động, từ giờ đón, giờ ăn đến giờ ngủ. Nhờ vậy, hầu hết "
            "trẻ 5 tuổi khi ra trường đều mạnh dạn giao tiếp bằng tiếng Việt, sẵn sàng vào lớp 1.</p>"
            "<p>Cùng với sự đầu tư của địa phương và các chương trình mục tiêu, trường đã có 16 phòng học kiên cố, bếp "
            "ăn một chiều và sân chơi ngoài trời. Năm học vừa qua, trường được công nhận đạt chuẩn quốc gia mức độ 2 "
            "và nhận Cờ thi đua của UBND tỉnh.</p>"
            "<p>Theo bà H'Ngơn Byă, Trưởng phòng Giáo dục Mầm non, Sở GD&amp;ĐT, kinh nghiệm của Trường Mầm non Hoa "
            "Sen cho thấy sự gắn kết giữa nhà trường với gia đình và cộng đồng là chìa khóa để nâng cao chất lượng "
            "giáo dục mầm non vùng đồng bào dân tộc thiểu số.</p>"
        ),
        "category": "guong-dien-hinh",
        "tags": ["Giáo dục mầm non", "Giáo dục dân tộc", "Thi đua khen thưởng"],
        "unit_code": "CMG-01",
        "byline": "Bảo Trâm",
        "source": "",
        "days_ago": 24,
        "hour": 10,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Trường THCS Nguyễn Du (Krông Năng): từ thư viện thân thiện đến những tủ sách nơi buôn làng",
        "lead": (
            "Không chỉ xây dựng thư viện trường học thân thiện, thầy trò Trường THCS Nguyễn Du còn đưa sách về với "
            "cộng đồng qua năm tủ sách đặt tại nhà văn hóa các thôn, buôn, lan tỏa thói quen đọc đến cả phụ huynh."
        ),
        "body": (
            "<p>Thư viện Trường THCS Nguyễn Du (huyện Krông Năng) nằm ở vị trí trung tâm của trường, được thiết kế mở "
            "với kệ sách thấp, bàn ghế nhiều màu sắc và khu đọc ngoài hiên. Thư viện mở cửa cả giờ ra chơi và buổi "
            "trưa để học sinh bán trú có thể đến đọc sách.</p>"
            "<p>Cô Huỳnh Thị Ngọc Diễm, giáo viên phụ trách thư viện, cho biết thư viện hiện có hơn 9.000 bản sách, "
            "trong đó gần một nửa do học sinh, phụ huynh và cựu học sinh quyên góp. Mỗi tuần, thư viện tổ chức một "
            "hoạt động như giới thiệu sách mới, thi vẽ bìa sách, đóng kịch theo tác phẩm văn học.</p>"
            "<h2>Đưa sách về buôn</h2>"
            "<p>Nhận thấy nhiều học sinh ở xa trường ít có cơ hội đọc sách trong kỳ nghỉ, từ năm 2022 nhà trường phối "
            "hợp với chính quyền xã đặt tủ sách tại nhà văn hóa của năm thôn, buôn. Các tủ sách do học sinh làm “thủ "
            "thư” luân phiên quản lý, sách được luân chuyển từ thư viện trường theo từng tháng.</p>"
            "<p>Điều bất ngờ là không chỉ học sinh mà nhiều phụ huynh cũng tìm đến tủ sách. Những cuốn sách về kỹ "
            "thuật trồng cà phê, hồ tiêu, chăn nuôi được bà con mượn nhiều nhất. Anh Y Khanh Adrơng, phụ huynh ở buôn "
            "Wiâo, nói vui rằng nhờ tủ sách mà anh học được cách ủ phân hữu cơ cho vườn cà phê.</p>"
            "<p>Thầy Mai Xuân Quý, Hiệu trưởng nhà trường, cho biết phong trào đọc sách đã góp phần nâng cao kết quả "
            "học tập, đặc biệt là kỹ năng đọc hiểu và viết của học sinh. Trường nhiều năm liền có học sinh đạt giải "
            "cuộc thi Đại sứ văn hóa đọc cấp tỉnh.</p>"
            "<p>Với những kết quả đó, thư viện Trường THCS Nguyễn Du được Sở GD&amp;ĐT công nhận đạt chuẩn mức độ 2 và "
            "được chọn là địa điểm tổ chức chuyên đề về phát triển văn hóa đọc trong trường học của tỉnh.</p>"
        ),
        "category": "guong-dien-hinh",
        "tags": ["Thư viện trường học", "Thi đua khen thưởng"],
        "unit_code": "KN-04",
        "byline": "Ngọc Anh",
        "source": "",
        "days_ago": 37,
        "hour": 15,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Nữ sinh Gia Rai vượt khó học giỏi, nuôi ước mơ trở thành cô giáo dạy chữ nơi buôn làng",
        "lead": (
            "Mồ côi cha từ nhỏ, H'Nhi Ayun vừa phụ mẹ làm rẫy vừa học tập, liên tục đạt danh hiệu học sinh xuất sắc và "
            "giành giải Nhì môn Ngữ văn trong kỳ thi học sinh giỏi cấp tỉnh khi đang học lớp 10."
        ),
        "body": (
            "<p>Nhà H'Nhi ở một buôn nhỏ của huyện Ea H'leo, cách Buôn Ma Thuột hơn 100 cây số. Cha mất khi em học lớp "
            "3, mẹ một mình nuôi ba chị em bằng mấy sào cà phê và công việc làm thuê theo mùa. Là chị cả, từ nhỏ H'Nhi "
            "đã quen với việc nấu cơm, trông em, cuối tuần theo mẹ lên rẫy hái cà phê.</p>"
            "<p>Dù vất vả, em chưa bao giờ để việc học bị sao nhãng. Những năm tiểu học, THCS, H'Nhi luôn đứng đầu "
            "lớp. Năm 2025, em trúng tuyển vào Trường Phổ thông Dân tộc nội trú N'Trang Lơng với điểm số thuộc tốp đầu "
            "của huyện.</p>"
            "<h2>Tình yêu với văn chương</h2>"
            "<p>Cô Lê Thị Minh Hằng, giáo viên Ngữ văn của trường, nhận xét H'Nhi có khả năng cảm thụ văn học tinh tế, "
            "bài viết giàu cảm xúc và thường đưa vào những hình ảnh của buôn làng. Bài thi học sinh giỏi cấp tỉnh của "
            "em viết về người mẹ Gia Rai lặng lẽ trên nương rẫy từng khiến nhiều thầy cô trong hội đồng chấm thi xúc "
            "động.</p>"
            "<p>Ở trường nội trú, H'Nhi còn là lớp trưởng, thành viên tích cực của câu lạc bộ văn hóa dân tộc. Em "
            "thường kèm các bạn lớp dưới học tiếng Việt, hướng dẫn các bạn mới xa nhà cách sắp xếp thời gian tự "
            "học.</p>"
            "<blockquote>Ở buôn em, nhiều bạn nghỉ học sớm để đi làm. Em muốn trở thành cô giáo để quay về, giúp các "
            "em nhỏ hiểu rằng con chữ có thể thay đổi cuộc đời mình.</blockquote>"
            "<p>Với thành tích học tập của mình, H'Nhi đã nhận được nhiều suất học bổng dành cho học sinh dân tộc "
            "thiểu số vượt khó học giỏi. Em dành một phần để mua sách, phần còn lại gửi mẹ lo cho hai em nhỏ đi "
            "học.</p>"
            "<p>Thầy Y Dhăm Ênuôl, Hiệu trưởng Trường Phổ thông Dân tộc nội trú N'Trang Lơng, cho biết nhà trường sẽ "
            "tiếp tục đồng hành, bồi dưỡng để em có cơ hội tham gia đội tuyển học sinh giỏi và thực hiện ước mơ vào "
            "ngành sư phạm.</p>"
        ),
        "category": "guong-dien-hinh",
        "tags": ["Học bổng", "Giáo dục dân tộc", "Học sinh giỏi"],
        "unit_code": "THPT-DTNT",
        "byline": "H'Yến Niê",
        "source": "",
        "days_ago": 21,
        "hour": 19,
        "status": "published",
        "is_featured": False,
        "is_must_read": True,
        "author": "bientapvien",
    },
    # --- Văn bản chỉ đạo ----------------------------------------------------------------------------------------------
    {
        "title": "Sở GD&ĐT ban hành kế hoạch công tác truyền thông giáo dục năm học 2026-2027",
        "lead": (
            "Kế hoạch xác định rõ trách nhiệm của người đứng đầu trong công tác truyền thông, yêu cầu mỗi đơn vị có "
            "kênh thông tin chính thức, cộng tác viên truyền thông và quy trình xử lý thông tin nhạy cảm trên mạng xã "
            "hội."
        ),
        "body": (
            "<p>Sở GD&amp;ĐT vừa ban hành Kế hoạch số 1624/KH-SGDĐT về công tác truyền thông giáo dục năm học "
            "2026-2027. Kế hoạch nhằm tạo sự đồng thuận của xã hội đối với các chủ trương đổi mới giáo dục, kịp thời "
            "cung cấp thông tin chính thống và phòng ngừa, xử lý hiệu quả các tình huống khủng hoảng truyền thông.</p>"
            "<h2>Nội dung truyền thông trọng tâm</h2>"
            "<ul><li>Việc thực hiện Chương trình GDPT 2018, kỳ thi tốt nghiệp THPT và tuyển sinh đầu cấp;</li>"
            "<li>Chính sách đối với nhà giáo, học sinh dân tộc thiểu số, học sinh có hoàn cảnh khó khăn;</li>"
            "<li>Chuyển đổi số, cải cách hành chính và công khai trong các cơ sở giáo dục;</li>"
            "<li>Các tấm gương điển hình, mô hình hay trong dạy và học.</li></ul>"
            "<p>Theo kế hoạch, người đứng đầu các phòng GD&amp;ĐT, trường học chịu trách nhiệm trực tiếp về công tác "
            "truyền thông của đơn vị; phân công ít nhất một cán bộ, giáo viên làm cộng tác viên, gửi tin, bài về Cổng "
            "thông tin điện tử của Sở định kỳ hằng tháng. Mỗi trường chỉ duy trì một trang thông tin điện tử và một "
            "trang mạng xã hội chính thức.</p>"
            "<p>Việc phát ngôn và cung cấp thông tin cho báo chí thực hiện theo đúng Quy chế phát ngôn của Sở. Khi "
            "xuất hiện thông tin liên quan đến đơn vị trên báo chí, mạng xã hội, thủ trưởng đơn vị phải báo cáo ngay "
            "về Văn phòng Sở, đồng thời chủ động xác minh, cung cấp thông tin trong vòng 24 giờ.</p>"
            "<p>Kế hoạch cũng đặt ra các chỉ tiêu cụ thể: 100% cán bộ quản lý được bồi dưỡng kỹ năng truyền thông và "
            "phát ngôn; mỗi phòng GD&amp;ĐT có ít nhất 10 tin, bài được đăng trên Cổng thông tin điện tử của Sở trong "
            "năm học. Kết quả thực hiện là một trong những tiêu chí đánh giá thi đua cuối năm của các đơn vị.</p>"
            "<p>Văn phòng Sở là đầu mối theo dõi, đôn đốc và tổng hợp kết quả thực hiện kế hoạch, báo cáo Giám đốc Sở "
            "theo từng học kỳ.</p>"
        ),
        "category": "van-ban-chi-dao",
        "tags": ["Truyền thông giáo dục", "Phát ngôn báo chí"],
        "unit_code": "SGDDT",
        "byline": "Văn phòng Sở",
        "source": "",
        "days_ago": 50,
        "hour": 9,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Hướng dẫn thực hiện nhiệm vụ chuyển đổi số, ứng dụng công nghệ thông tin năm học 2026-2027",
        "lead": (
            "Văn bản yêu cầu các đơn vị hoàn thiện cơ sở dữ liệu ngành, triển khai đồng bộ học bạ số, sổ điểm điện tử, "
            "thanh toán không dùng tiền mặt và bảo đảm an toàn thông tin trong nhà trường."
        ),
        "body": (
            "<p>Căn cứ hướng dẫn của Bộ GD&amp;ĐT và kế hoạch chuyển đổi số của tỉnh, Sở GD&amp;ĐT đã ban hành văn bản "
            "hướng dẫn thực hiện nhiệm vụ chuyển đổi số, ứng dụng công nghệ thông tin năm học 2026-2027 gửi các phòng "
            "GD&amp;ĐT, các trường THPT và đơn vị trực thuộc.</p>"
            "<p>Về quản trị, các đơn vị phải cập nhật đầy đủ, chính xác dữ liệu về trường, lớp, học sinh, đội ngũ trên "
            "cơ sở dữ liệu ngành, bảo đảm dữ liệu “đúng, đủ, sạch, sống”. Các hồ sơ, sổ sách đã có phiên bản điện tử "
            "thì không yêu cầu giáo viên lưu trữ song song bản giấy, tránh gây áp lực, lãng phí thời gian.</p>"
            "<h2>Yêu cầu đối với dạy học</h2>"
            "<ul>"
            "<li>Khai thác kho học liệu số dùng chung, khuyến khích giáo viên chia sẻ bài giảng điện tử có chất "
            "lượng;</li>"
            "<li>Sử dụng học bạ số, sổ điểm điện tử ở tất cả các trường phổ thông;</li>"
            "<li>Thí điểm có kiểm soát việc ứng dụng trí tuệ nhân tạo trong soạn bài và kiểm tra, đánh giá;</li>"
            "<li>Tăng cường giáo dục kỹ năng số, an toàn trên không gian mạng cho học sinh.</li></ul>"
            "<p>Về cải cách hành chính, 100% hồ sơ thủ tục hành chính thuộc thẩm quyền giải quyết của Sở được tiếp "
            "nhận trực tuyến; việc cấp bản sao văn bằng, chứng chỉ, chuyển trường được thực hiện trên môi trường số. "
            "Các trường đẩy mạnh thu các khoản không dùng tiền mặt, bảo đảm công khai, minh bạch.</p>"
            "<p>Văn bản đặc biệt lưu ý công tác bảo đảm an toàn thông tin: mỗi đơn vị phân công người phụ trách, không "
            "dùng chung tài khoản quản trị, thường xuyên sao lưu dữ liệu và không đưa thông tin cá nhân của học sinh "
            "lên các nền tảng chưa được cấp phép. Hiệu trưởng chịu trách nhiệm nếu để xảy ra lộ, lọt dữ liệu tại đơn "
            "vị.</p>"
            "<p>Các đơn vị báo cáo kết quả thực hiện nhiệm vụ chuyển đổi số về Sở theo học kỳ, lồng ghép trong báo cáo "
            "sơ kết, tổng kết năm học.</p>"
        ),
        "category": "van-ban-chi-dao",
        "tags": ["Chuyển đổi số", "Cải cách hành chính"],
        "unit_code": "SGDDT",
        "byline": "Văn phòng Sở",
        "source": "",
        "days_ago": 57,
        "hour": 10,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Sở GD&ĐT chỉ đạo chủ động phòng, chống thiên tai, bảo đảm an toàn cho học sinh trong mùa mưa lũ",
        "lead": (
            "Trước diễn biến phức tạp của mưa lớn, lũ quét và sạt lở đất, Sở GD&ĐT yêu cầu các đơn vị trực ban nghiêm "
            "túc, chủ động cho học sinh nghỉ học khi cần thiết và tuyệt đối không để học sinh đi qua ngầm tràn, suối "
            "khi nước lên."
        ),
        "body": (
            "<p>Thực hiện chỉ đạo của UBND tỉnh về ứng phó với mưa lũ, Sở GD&amp;ĐT đã ban hành công văn hỏa tốc gửi "
            "các phòng GD&amp;ĐT, trường THPT và đơn vị trực thuộc, yêu cầu triển khai ngay các biện pháp bảo đảm an "
            "toàn cho học sinh, giáo viên và cơ sở vật chất.</p>"
            "<h2>Các yêu cầu cụ thể</h2>"
            "<ul>"
            "<li>Kiểm tra, gia cố phòng học, nhà bán trú, cắt tỉa cây xanh; không sử dụng phòng học có dấu hiệu xuống "
            "cấp, mất an toàn;</li>"
            "<li>Di chuyển hồ sơ, thiết bị, sách vở lên nơi cao ráo ở những trường thường bị ngập;</li>"
            "<li>Phối hợp với chính quyền địa phương, phụ huynh đưa đón học sinh, không để học sinh đi qua sông, suối, "
            "ngầm tràn;</li>"
            "<li>Duy trì trực ban 24/24 giờ, báo cáo nhanh thiệt hại về Sở qua điện thoại và phần mềm báo cáo.</li>"
            "</ul>"
            "<p>Căn cứ tình hình thực tế và thông tin dự báo, thủ trưởng đơn vị được quyền quyết định cho học sinh "
            "nghỉ học, đồng thời báo cáo cấp quản lý trực tiếp. Thông báo cho học sinh nghỉ học phải được gửi đến phụ "
            "huynh sớm, qua nhiều kênh, bảo đảm không có học sinh nào vẫn đến trường khi trường đã cho nghỉ.</p>"
            "<p>Đối với học sinh bán trú, nội trú, nhà trường phải bảo đảm lương thực, thực phẩm, nước uống và thuốc "
            "men dự phòng; không cho học sinh về nhà khi đường đi chưa an toàn. Các trường ở vùng có nguy cơ sạt lở "
            "như M'Đrắk, Krông Bông, Lắk cần có phương án sơ tán cụ thể.</p>"
            "<p>Sau mưa lũ, các đơn vị khẩn trương vệ sinh trường lớp, khử khuẩn nguồn nước, kiểm tra an toàn điện "
            "trước khi đón học sinh trở lại; tổ chức dạy bù phù hợp, không để học sinh bị thiệt thòi. Sở GD&amp;ĐT "
            "cũng đề nghị các đơn vị lồng ghép giáo dục kỹ năng phòng, chống thiên tai và phòng tránh đuối nước vào "
            "các hoạt động giáo dục.</p>"
        ),
        "category": "van-ban-chi-dao",
        "tags": ["Phòng chống thiên tai", "An toàn trường học"],
        "unit_code": "SGDDT",
        "byline": "Văn phòng Sở",
        "source": "",
        "days_ago": 18,
        "hour": 7,
        "status": "published",
        "is_featured": False,
        "is_must_read": True,
        "author": "bientapvien",
    },
    {
        "title": "Tăng cường bảo đảm an toàn thực phẩm, nâng chất lượng bữa ăn bán trú trong các cơ sở giáo dục",
        "lead": (
            "Sở GD&ĐT yêu cầu các trường có tổ chức bán trú, nội trú công khai thực đơn, kiểm soát nguồn gốc thực "
            "phẩm, lưu mẫu thức ăn đúng quy định và mời phụ huynh tham gia giám sát bữa ăn của học sinh."
        ),
        "body": (
            "<p>Toàn tỉnh hiện có hơn 120.000 trẻ mầm non, học sinh tiểu học và học sinh các trường dân tộc nội trú, "
            "bán trú ăn tại trường. Để phòng ngừa ngộ độc thực phẩm và nâng cao chất lượng bữa ăn, Sở GD&amp;ĐT đã ban "
            "hành văn bản chỉ đạo các đơn vị thực hiện nghiêm các quy định về an toàn thực phẩm trong trường học.</p>"
            "<p>Theo đó, các trường phải ký hợp đồng với cơ sở cung cấp thực phẩm có đủ điều kiện, nguồn gốc rõ ràng; "
            "kiểm tra thực phẩm đầu vào hằng ngày với sự chứng kiến của đại diện nhà trường và đại diện cha mẹ học "
            "sinh. Thức ăn phải được lưu mẫu đủ thời gian theo quy định, bếp ăn bố trí theo nguyên tắc một chiều.</p>"
            "<h2>Công khai và có sự giám sát của phụ huynh</h2>"
            "<p>Thực đơn hằng tuần, mức tiền ăn và việc sử dụng tiền ăn phải được công khai trên bảng tin và kênh "
            "thông tin chính thức của nhà trường. Ban đại diện cha mẹ học sinh được mời tham gia giám sát định kỳ hoặc "
            "đột xuất việc giao nhận thực phẩm, chế biến và chia khẩu phần.</p>"
            "<p>Văn bản cũng đề nghị các trường xây dựng thực đơn đa dạng, cân đối dinh dưỡng, phù hợp với khẩu vị và "
            "điều kiện kinh tế của địa phương. Khuyến khích các trường có diện tích đất trồng rau, chăn nuôi nhỏ để "
            "cải thiện bữa ăn, đồng thời giáo dục học sinh thói quen ăn uống lành mạnh, không lãng phí thức ăn.</p>"
            "<p>Nhân viên nấu ăn phải được khám sức khỏe, tập huấn kiến thức về an toàn thực phẩm. Khi có dấu hiệu ngộ "
            "độc, nhà trường phải khẩn trương đưa học sinh đến cơ sở y tế gần nhất, giữ lại mẫu thức ăn và báo cáo "
            "ngay cho cơ quan quản lý.</p>"
            "<p>Sở GD&amp;ĐT sẽ phối hợp với ngành y tế tổ chức kiểm tra liên ngành tại một số trường trong học kỳ I, "
            "đặc biệt là các trường có số lượng học sinh bán trú lớn.</p>"
        ),
        "category": "van-ban-chi-dao",
        "tags": ["Bữa ăn học đường", "An toàn trường học"],
        "unit_code": "SGDDT",
        "byline": "Văn phòng Sở",
        "source": "",
        "days_ago": 42,
        "hour": 14,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    # --- Thông cáo báo chí --------------------------------------------------------------------------------------------
    {
        "title": (
            "Thông cáo báo chí về thông tin phản ánh các khoản thu đầu năm tại một trường tiểu học ở Buôn Ma Thuột"
        ),
        "lead": (
            "Người phát ngôn của Sở GD&ĐT thông tin kết quả xác minh nội dung phản ánh trên mạng xã hội về việc Ban "
            "đại diện cha mẹ học sinh một lớp dự kiến thu 1,2 triệu đồng mỗi học sinh để mua sắm thiết bị cho lớp học."
        ),
        "body": (
            "<p>Thực hiện Quy chế phát ngôn và cung cấp thông tin cho báo chí, Sở Giáo dục và Đào tạo tỉnh Đắk Lắk "
            "thông tin về nội dung phản ánh trên mạng xã hội liên quan đến các khoản thu đầu năm học tại Trường Tiểu "
            "học Kim Đồng, thành phố Buôn Ma Thuột, như sau:</p>"
            "<p>Ngay khi nắm được thông tin, Sở GD&amp;ĐT đã chỉ đạo Phòng GD&amp;ĐT thành phố Buôn Ma Thuột phối hợp "
            "với nhà trường xác minh. Kết quả cho thấy, tại cuộc họp phụ huynh đầu năm, Ban đại diện cha mẹ học sinh "
            "một lớp 3 đã đề xuất mỗi học sinh đóng góp 1,2 triệu đồng để mua tivi, máy điều hòa và sửa chữa phòng "
            "học. Khoản thu này chưa được nhà trường thẩm định và chưa thu tiền của phụ huynh.</p>"
            "<p>Việc Ban đại diện cha mẹ học sinh đề xuất thu các khoản để mua sắm tài sản, sửa chữa phòng học là "
            "không đúng với Điều lệ Ban đại diện cha mẹ học sinh. Nhà trường đã thiếu sát sao trong việc hướng dẫn, "
            "kiểm soát nội dung các cuộc họp phụ huynh đầu năm.</p>"
            "<h2>Các biện pháp xử lý</h2>"
            "<ul>"
            "<li>Yêu cầu nhà trường dừng ngay việc triển khai khoản thu nói trên và thông báo công khai đến toàn thể "
            "phụ huynh;</li>"
            "<li>Hiệu trưởng nhà trường tổ chức kiểm điểm, rút kinh nghiệm trách nhiệm của cá nhân có liên quan;</li>"
            "<li>Phòng GD&amp;ĐT thành phố rà soát các khoản thu đầu năm tại tất cả các trường trực thuộc.</li>"
            "</ul>"
            "<p>Sở GD&amp;ĐT cảm ơn các phụ huynh và cơ quan báo chí đã kịp thời phản ánh. Sở tiếp tục khẳng định chủ "
            "trương kiên quyết không để xảy ra tình trạng lạm thu trong các cơ sở giáo dục, đề nghị phụ huynh khi phát "
            "hiện các khoản thu không đúng quy định thì phản ánh trực tiếp về nhà trường, phòng GD&amp;ĐT hoặc đường "
            "dây nóng của Sở.</p>"
            "<p>Người phát ngôn: ông Nguyễn Văn Thành, Phó Giám đốc Sở GD&amp;ĐT. Thông tin liên hệ: Văn phòng Sở, số "
            "8 Nguyễn Tất Thành, thành phố Buôn Ma Thuột; điện thoại 0262 3852 001.</p>"
        ),
        "category": "thong-cao-bao-chi",
        "tags": ["Phát ngôn báo chí", "Mạng xã hội"],
        "unit_code": "SGDDT",
        "byline": "Văn phòng Sở",
        "source": "",
        "days_ago": 31,
        "hour": 21,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Thông cáo báo chí về ảnh hưởng của mưa lũ đối với các cơ sở giáo dục và việc cho học sinh nghỉ học",
        "lead": (
            "Do mưa lớn kéo dài, 46 trường học tại 5 huyện bị ảnh hưởng, hơn 21.000 học sinh tạm nghỉ học; đến thời "
            "điểm công bố thông tin chưa ghi nhận thiệt hại về người đối với học sinh, giáo viên trong toàn ngành."
        ),
        "body": (
            "<p>Sở Giáo dục và Đào tạo tỉnh Đắk Lắk cung cấp thông tin về tình hình ảnh hưởng của đợt mưa lũ đối với "
            "các cơ sở giáo dục trên địa bàn tỉnh, tính đến 5 giờ sáng nay, như sau:</p>"
            "<p>Mưa lớn kéo dài trong ba ngày qua đã khiến 46 trường học tại các huyện M'Đrắk, Krông Bông, Lắk, Krông "
            "Ana và Ea Kar bị ngập nước, chia cắt hoặc hư hỏng một phần. Hơn 21.000 học sinh tạm nghỉ học để bảo đảm "
            "an toàn. Nhiều điểm trường bị ngập sâu, một số phòng học bị tốc mái, tường rào bị sạt lở. Thiệt hại về cơ "
            "sở vật chất đang được các địa phương tiếp tục thống kê.</p>"
            "<p>Đến thời điểm hiện tại, toàn ngành chưa ghi nhận thiệt hại về người đối với học sinh, giáo viên. Học "
            "sinh các trường phổ thông dân tộc bán trú ở vùng bị chia cắt đã được nhà trường bố trí ở lại trường, bảo "
            "đảm đầy đủ lương thực, nước uống và có giáo viên trực chăm sóc.</p>"
            "<h2>Việc cho học sinh nghỉ học và học bù</h2>"
            "<p>Thủ trưởng các đơn vị chủ động quyết định việc cho học sinh nghỉ học và thời điểm đi học trở lại căn "
            "cứ tình hình thực tế, sau khi đã kiểm tra bảo đảm an toàn. Thông tin được thông báo đến phụ huynh qua "
            "giáo viên chủ nhiệm, trang thông tin của nhà trường và chính quyền thôn, buôn. Các trường sẽ xây dựng kế "
            "hoạch dạy bù, bảo đảm hoàn thành chương trình năm học.</p>"
            "<p>Sở GD&amp;ĐT đề nghị phụ huynh tuyệt đối không để con em đi qua các khu vực ngập sâu, ngầm tràn, sông "
            "suối; thường xuyên theo dõi thông tin chính thức từ nhà trường và cơ quan chức năng, không chia sẻ những "
            "thông tin chưa được kiểm chứng trên mạng xã hội.</p>"
            "<p>Người phát ngôn: ông Nguyễn Văn Thành, Phó Giám đốc Sở GD&amp;ĐT. Sở sẽ tiếp tục cập nhật thông tin "
            "trên Cổng thông tin điện tử của Sở và cung cấp cho các cơ quan báo chí.</p>"
        ),
        "category": "thong-cao-bao-chi",
        "tags": ["Phòng chống thiên tai", "Phát ngôn báo chí"],
        "unit_code": "SGDDT",
        "byline": "Văn phòng Sở",
        "source": "",
        "days_ago": 13,
        "hour": 6,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
    {
        "title": "Thông cáo báo chí về phương án tuyển sinh vào lớp 10 trung học phổ thông năm học 2027-2028",
        "lead": (
            "Phương án tuyển sinh đã được UBND tỉnh phê duyệt: thi tuyển ba môn Toán, Ngữ văn, Tiếng Anh tại Buôn Ma "
            "Thuột và Buôn Hồ; các địa phương khác tuyển sinh theo hình thức xét tuyển hoặc kết hợp thi tuyển với xét "
            "tuyển."
        ),
        "body": (
            "<p>Sở Giáo dục và Đào tạo tỉnh Đắk Lắk thông tin về phương án tuyển sinh vào lớp 10 THPT năm học "
            "2027-2028 đã được UBND tỉnh phê duyệt, sau thời gian lấy ý kiến rộng rãi của cán bộ quản lý, giáo viên, "
            "phụ huynh và học sinh.</p>"
            "<h2>Phương thức tuyển sinh</h2>"
            "<ul>"
            "<li>Các trường THPT công lập tại thành phố Buôn Ma Thuột và thị xã Buôn Hồ: thi tuyển ba bài thi Toán, "
            "Ngữ văn, Tiếng Anh;</li>"
            "<li>Trường THPT Chuyên Nguyễn Du: thi ba bài thi chung và bài thi môn chuyên;</li>"
            "<li>Trường Phổ thông Dân tộc nội trú N'Trang Lơng: xét tuyển kết hợp với bài đánh giá năng lực;</li>"
            "<li>Các trường còn lại: xét tuyển hoặc kết hợp thi tuyển với xét tuyển theo phương án được phê duyệt của "
            "từng trường.</li>"
            "</ul>"
            "<p>Kỳ thi dự kiến diễn ra vào đầu tháng 6 năm 2027. Đề thi bám sát yêu cầu cần đạt của Chương trình GDPT "
            "2018 cấp THCS, chủ yếu ở lớp 9. Thí sinh đăng ký dự tuyển hoàn toàn trực tuyến, được đăng ký tối đa hai "
            "nguyện vọng.</p>"
            "<p>So với dự thảo, phương án chính thức bổ sung quy định ưu tiên xét tuyển thẳng đối với học sinh dân tộc "
            "thiểu số rất ít người và học sinh đạt giải cấp quốc gia, đồng thời điều chỉnh thời gian đăng ký nguyện "
            "vọng sớm hơn để phụ huynh có thêm thời gian cân nhắc. Chỉ tiêu tuyển sinh của từng trường sẽ được công bố "
            "trước khi học sinh đăng ký dự tuyển.</p>"
            "<p>Sở GD&amp;ĐT đề nghị học sinh, phụ huynh chỉ sử dụng thông tin chính thức được công bố trên Cổng thông "
            "tin điện tử của Sở và của các nhà trường; các thắc mắc xin liên hệ Phòng Quản lý chất lượng, Sở "
            "GD&amp;ĐT.</p>"
            "<p>Người phát ngôn: ông Nguyễn Văn Thành, Phó Giám đốc Sở GD&amp;ĐT; điện thoại 0262 3852 001.</p>"
        ),
        "category": "thong-cao-bao-chi",
        "tags": ["Tuyển sinh lớp 10", "Phát ngôn báo chí"],
        "unit_code": "SGDDT",
        "byline": "Văn phòng Sở",
        "source": "",
        "days_ago": -1,
        "hour": 8,
        "status": "published",
        "is_featured": False,
        "is_must_read": False,
        "author": "bientapvien",
    },
]
