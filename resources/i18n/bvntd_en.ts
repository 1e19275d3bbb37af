<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="48"/>
        <source>Đã ký, tin cậy</source>
        <translation>Signed, trusted</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="49"/>
        <source>Đã ký, chưa xác minh nguồn gốc</source>
        <translation>Signed, origin not verified</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="50"/>
        <source>Chưa ký số</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="115"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="115"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="115"/>
        <location filename="../../gui/views/inbox/models.py" line="143"/>
        <location filename="../../gui/views/inbox/models.py" line="285"/>
        <location filename="../../gui/views/inbox/models.py" line="302"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="115"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="115"/>
        <source>Lý do, ghi chú</source>
        <translation>Reason, notes</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="141"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="142"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="144"/>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="145"/>
        <source>Số, ký hiệu</source>
        <translation>Number, symbol</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="146"/>
        <source>Ngày báo cáo</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="147"/>
        <source>Nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="148"/>
        <source>Đầy đủ</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="149"/>
        <source>Cần xem</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="150"/>
        <source>Chữ ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="151"/>
        <source>Thời hạn</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="169"/>
        <source>Bộ, ngành, cơ quan (liệt kê riêng)</source>
        <translation>Ministries and agencies (listed separately)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="184"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="184"/>
        <source>Chưa gửi</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="244"/>
        <source>TỔNG CỘNG</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="254"/>
        <source>(không cộng vào tổng)</source>
        <translation>(not added to the total)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="285"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="292"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="302"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="302"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="302"/>
        <source>Phiên bản biểu mẫu</source>
        <translation>Template version</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="302"/>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="325"/>
        <source>{n} lỗi</source>
        <translation>{n} errors</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="327"/>
        <source>{n} cảnh báo</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="328"/>
        <source>Không có</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="337"/>
        <source>Chưa nhận (quá hạn {n} ngày)</source>
        <translation>Not received ({n} days overdue)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="337"/>
        <source>Chưa nhận</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="338"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="338"/>
        <source>Muộn {n} ngày</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="339"/>
        <source>; đã thay bằng bản mới</source>
        <translation>; replaced by a newer version</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="358"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/models.py" line="360"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="508"/>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="510"/>
        <source>6 tháng đầu năm {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="511"/>
        <source>Giai đoạn {first}–{last}</source>
        <translation>Period {first}–{last}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="21"/>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="22"/>
        <source>Báo cáo BVQLNTD</source>
        <translation>Consumer Protection Report (BVQLNTD)</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="25"/>
        <source>Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP về bảo vệ quyền lợi người tiêu dùng.</source>
        <translation>Report on the implementation of Resolution 82/NQ-CP on consumer rights protection.</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="31"/>
        <source>Phiên bản:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="32"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="33"/>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="34"/>
        <source>Thư mục nhật ký:</source>
        <translation>Log folder:</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="38"/>
        <source>Bản dựng:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="40"/>
        <source>Cách cài đặt:</source>
        <translation>Installed as:</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="40"/>
        <source>bản đóng gói (PyInstaller)</source>
        <translation>bundle (PyInstaller)</translation>
    </message>
    <message>
        <location filename="../../gui/views/about_dialog.py" line="48"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="746"/>
        <source>Sổ địa chỉ các đơn vị</source>
        <translation>Units&apos; address book</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="751"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="751"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="751"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="751"/>
        <source>Người liên hệ</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="767"/>
        <source>Nhập từ tệp…</source>
        <translation>Import from file…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="795"/>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="802"/>
        <source>Nhập sổ địa chỉ</source>
        <translation>Import the address book</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="795"/>
        <source>Sổ địa chỉ (*.xlsx *.csv)</source>
        <translation>Address book (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../gui/views/app.py" line="55"/>
        <source>Đã xảy ra lỗi</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../gui/views/app.py" line="56"/>
        <source>Xin lỗi, ứng dụng gặp một lỗi không mong muốn.</source>
        <translation>Sorry, the application ran into an unexpected error.</translation>
    </message>
    <message>
        <location filename="../../gui/views/app.py" line="59"/>
        <source>Dữ liệu đã nhập trước đó vẫn được lưu. Chi tiết lỗi được ghi vào tệp:
{path}

Hãy gửi tệp này cho bộ phận hỗ trợ.</source>
        <translation>What you entered before is still saved. The details of the error were written to the file:
{path}

Please send this file to your support desk.</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="34"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="35"/>
        <source>Không mở được cơ sở dữ liệu báo cáo.</source>
        <translation>The report database cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="38"/>
        <source>Mở tệp khác…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="40"/>
        <source>Khôi phục từ bản sao lưu…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="44"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="63"/>
        <source>Mở cơ sở dữ liệu khác</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="65"/>
        <source>Cơ sở dữ liệu báo cáo (*.sqlite3 *.db);;Mọi tệp (*)</source>
        <translation>Report database (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="73"/>
        <source>Cơ sở dữ liệu {path} đang được mở trong một cửa sổ khác của ứng dụng.</source>
        <translation>The database {path} is already open in another window of the application.</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="77"/>
        <source>Cửa sổ đó đã được đưa lên trước. Hãy làm việc tiếp trong cửa sổ đó.</source>
        <translation>That window has been brought to the front. Please continue working there.</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="79"/>
        <source>Hãy chuyển sang cửa sổ đó (xem thanh tác vụ), hoặc đóng nó rồi mở lại.</source>
        <translation>Please switch to that window (see the taskbar), or close it and start again.</translation>
    </message>
    <message>
        <location filename="../../gui/views/opening.py" line="132"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="32"/>
        <source>Khi mở ứng dụng</source>
        <translation>When the app started</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="33"/>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before a data upgrade</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="34"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="35"/>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="42"/>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="43"/>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="51"/>
        <location filename="../../gui/views/backup_dialog.py" line="110"/>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="55"/>
        <source>Chọn bản sao lưu để đưa dữ liệu của {name} về lúc đó. Dữ liệu hiện tại được sao lưu trước, nên việc khôi phục cũng có thể hoàn tác.</source>
        <translation>Choose a backup to bring the data of {name} back to that moment. The current data is backed up first, so a restore can be undone too.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="62"/>
        <source>Thời điểm</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="62"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="62"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="80"/>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="82"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="82"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/views/backup_dialog.py" line="111"/>
        <source>Đưa dữ liệu về bản sao lưu lúc {when}? Dữ liệu hiện tại được sao lưu trước.</source>
        <translation>Bring the data back to the backup of {when}? The current data is backed up first.</translation>
    </message>
</context>
<context>
    <name>BlockingProblemsDialog</name>
    <message>
        <location filename="../../gui/views/export_flow.py" line="102"/>
        <source>Chưa thể xuất bản chính thức</source>
        <translation>The final version cannot be exported yet</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="109"/>
        <source>{n} mục bắt buộc chưa nhập</source>
        <translation>{n} required item(s) not filled in</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="111"/>
        <source>{n} lỗi cần sửa</source>
        <translation>{n} error(s) to fix</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="114"/>
        <source>Báo cáo còn {what}. Chọn một dòng rồi nhấn Enter (hoặc nhấp đúp) để đến chỗ cần sửa, hoặc xuất bản dự thảo: mọi trang sẽ có dấu “DỰ THẢO”.</source>
        <translation>The report still has {what}. Select a line and press Enter (or double-click) to go to it, or export a draft: every page will be stamped “DỰ THẢO” (draft).</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="116"/>
        <source> và </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="133"/>
        <source>Xuất PDF &amp;dự thảo…</source>
        <translation>Export a &amp;draft PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="134"/>
        <source>Xuất PDF có dấu “DỰ THẢO” trên mọi trang, để góp ý hoặc trình ký</source>
        <translation>Export a PDF stamped “DỰ THẢO” (draft) on every page, for comments or for signing</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="135"/>
        <source>Đến chỗ cần &amp;sửa</source>
        <translation>&amp;Go to the problem</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="136"/>
        <source>&amp;Quay lại</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <location filename="../../gui/views/fields/table.py" line="222"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/table.py" line="222"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/table.py" line="313"/>
        <source>{table}, cột {column}: “{text}” không khớp một mục nào của danh sách; hãy chọn một trong: {items}.</source>
        <translation>{table}, column {column}: “{text}” matches no single item of the list; choose one of: {items}.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="94"/>
        <source>Xác nhận chứng thư số mới</source>
        <translation>Confirm the new certificate</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="97"/>
        <source>người có thẩm quyền ký</source>
        <translation>the competent person&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="97"/>
        <source>cơ quan (chữ ký số của văn thư)</source>
        <translation>the agency&apos;s (applied by the clerk)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="101"/>
        <source>Báo cáo của &lt;b&gt;{unit}&lt;/b&gt; được ký bằng một chứng thư số ({role}) chưa đăng ký cho đơn vị. Hãy liên hệ đơn vị (ví dụ đọc dấu vân tay qua điện thoại) để chắc chắn đây là chứng thư số của họ, rồi mới đăng ký. Sau khi đăng ký, mọi báo cáo đã nhận được kiểm tra lại; báo cáo có chữ ký này được coi là tin cậy nếu không còn vấn đề nào khác.</source>
        <translation>The report of &lt;b&gt;{unit}&lt;/b&gt; is signed with a certificate ({role}) not registered for the unit. Contact the unit (for example, read out the fingerprint over the phone) to make sure it is theirs before registering it. Once registered, every received report is verified again; reports with this signature are trusted if nothing else is wrong.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="111"/>
        <source>Chứng thư số mới</source>
        <translation>New certificate</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="111"/>
        <source>Chứng thư số đã đăng ký</source>
        <translation>Registered certificate</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="116"/>
        <source>Người được cấp:</source>
        <translation>Issued to:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="117"/>
        <source>Tổ chức:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="118"/>
        <source>Hiệu lực:</source>
        <translation>Validity:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="119"/>
        <source>Dấu vân tay SHA-256:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="120"/>
        <source>Đăng ký lúc:</source>
        <translation>Registered at:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="128"/>
        <source>Đơn vị còn {n} chứng thư số khác đã đăng ký.</source>
        <translation>The unit has {n} other registered certificates.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="132"/>
        <source>Đăng ký chứng thư số này</source>
        <translation>Register this certificate</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="134"/>
        <source>Chưa đăng ký</source>
        <translation>Do not register</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="146"/>
        <source>(chưa có chứng thư nào được đăng ký)</source>
        <translation>(no certificate registered yet)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="168"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="149"/>
        <location filename="../../gui/views/inbox/certificates.py" line="150"/>
        <source>không ghi</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="169"/>
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../gui/views/check_panel.py" line="72"/>
        <source>Enter hoặc nhấp đúp để đến chỗ cần sửa; Esc để đóng; F7 để bật/tắt.</source>
        <translation>Enter or double-click to go to the problem; Esc to close; F7 to show or hide.</translation>
    </message>
    <message>
        <location filename="../../gui/views/check_panel.py" line="102"/>
        <source>Kiểm tra: cần sửa {count} ({errors} lỗi, {warnings} cảnh báo); {missing} mục bắt buộc chưa nhập</source>
        <translation>Check: {count} to fix ({errors} errors, {warnings} warnings); {missing} required items not filled in</translation>
    </message>
    <message>
        <location filename="../../gui/views/check_panel.py" line="106"/>
        <source>Kiểm tra: không còn vấn đề nào. Báo cáo sẵn sàng xuất bản.</source>
        <translation>Check: no problems left. The report is ready to export.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../gui/cli.py" line="43"/>
        <source>Báo cáo BVQLNTD — báo cáo kết quả triển khai Nghị quyết 82/NQ-CP.</source>
        <translation>Báo cáo BVQLNTD — the report on implementing Resolution 82/NQ-CP.</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="48"/>
        <source>tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)</source>
        <translation>database file (default: in the user&apos;s data folder)</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="53"/>
        <source>tự kiểm tra: tạo, xuất và đọc lại báo cáo mẫu</source>
        <translation>self-test: make, export and read back the demo report</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="55"/>
        <source>ngôn ngữ giao diện</source>
        <translation>interface language</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="61"/>
        <source>LỆNH</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="128"/>
        <source>Lỗi: {error}</source>
        <translation>Error: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="140"/>
        <source>Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào {path}.</source>
        <translation>An unexpected error occurred. The details are written to {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="183"/>
        <source>Không tìm thấy {what}: {path}</source>
        <translation>Cannot find the {what}: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/cli.py" line="185"/>
        <source>{what} phải là một tệp: {path}</source>
        <translation>The {what} must be a file: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="17"/>
        <source>Khi mở ứng dụng</source>
        <translation>When the app started</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="18"/>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before a data upgrade</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="19"/>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="20"/>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="25"/>
        <source>các bản sao lưu của cơ sở dữ liệu</source>
        <translation>the database&apos;s backups</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="26"/>
        <location filename="../../gui/commands/inbox.py" line="23"/>
        <location filename="../../gui/commands/inbox.py" line="61"/>
        <location filename="../../gui/commands/inbox.py" line="103"/>
        <location filename="../../gui/commands/pdf.py" line="20"/>
        <location filename="../../gui/commands/report.py" line="25"/>
        <source>THAO_TÁC</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="28"/>
        <source>liệt kê các bản sao lưu, mới nhất trước</source>
        <translation>list the backups, newest first</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="30"/>
        <location filename="../../gui/commands/report.py" line="29"/>
        <source>in dạng JSON</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="33"/>
        <source>sao lưu ngay và in đường dẫn bản sao lưu</source>
        <translation>back up now and print the backup&apos;s path</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="39"/>
        <source>chỉ giữ N bản mới nhất (mặc định: không xóa bản nào)</source>
        <translation>keep only the N newest (default: delete none)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="45"/>
        <source>đưa dữ liệu về một bản sao lưu (dữ liệu hiện tại được sao lưu trước)</source>
        <translation>put the data back as a backup had it (the current data is backed up first)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="49"/>
        <source>bản sao lưu: đường dẫn hoặc tên như &apos;backup list&apos; in ra</source>
        <translation>the backup: its path, or its name as &apos;backup list&apos; prints it</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="60"/>
        <source>Không tìm thấy cơ sở dữ liệu {path}.</source>
        <translation>Database not found: {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="78"/>
        <source>Chưa có bản sao lưu nào.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="93"/>
        <source>--keep phải từ 1 trở lên (đã cho {given}).</source>
        <translation>--keep must be 1 or more ({given} was given).</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="106"/>
        <source>Đã khôi phục {path} từ {backup}.</source>
        <translation>Restored {path} from {backup}.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/backup.py" line="108"/>
        <source>Dữ liệu trước khi khôi phục được giữ ở {path}.</source>
        <translation>The data as it was before the restore is kept in {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="21"/>
        <source>nhận báo cáo của các địa phương và tổng hợp (Bộ Công Thương)</source>
        <translation>receive the units&apos; reports and consolidate them (Ministry of Industry and Trade)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="26"/>
        <source>nhập các tệp PDF, tài liệu JSON hoặc thư mục (kể cả thư mục con)</source>
        <translation>import PDF files, JSON documents or folders (with their subfolders)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="29"/>
        <source>tệp hoặc thư mục</source>
        <translation>file or folder</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="34"/>
        <source>từ chối báo cáo chưa ký số (báo cáo đã ký hỏng luôn bị từ chối)</source>
        <translation>refuse unsigned reports (a report with a broken signature is always refused)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="39"/>
        <source>nhận cả bản dự thảo (DỰ THẢO), được đánh dấu là dự thảo; mặc định bản dự thảo bị từ chối</source>
        <translation>accept drafts (DỰ THẢO) too, marked as drafts; by default drafts are refused</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="142"/>
        <source>mọi phiên bản đã nhận của báo cáo một đơn vị trong một kỳ</source>
        <translation>every received version of a unit&apos;s report for a period</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="146"/>
        <location filename="../../gui/commands/options.py" line="14"/>
        <source>mã tỉnh (ví dụ 40) hoặc mã bộ, ngành (ví dụ BTC)</source>
        <translation>a province&apos;s code (e.g. 40) or a ministry&apos;s (e.g. BTC)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="45"/>
        <source>dấu vân tay SHA-256 của chứng thư số (64 ký tự hex, hoặc 16 ký tự đầu trở lên)</source>
        <translation>the certificate&apos;s SHA-256 fingerprint (64 hex characters, or the first 16 or more)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/options.py" line="19"/>
        <source>kiểm tra thu hồi chứng thư số qua mạng (CRL/OCSP, mỗi yêu cầu tối đa 5 giây) khi máy có kết nối</source>
        <translation>check certificate revocation over the network (CRL/OCSP, at most 5 seconds a request) when this PC is online</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="50"/>
        <source>như &apos;inbox certificates confirm&apos; (tên cũ, vẫn dùng được)</source>
        <translation>as &apos;inbox certificates confirm&apos; (the old name, still works)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="58"/>
        <source>sổ chứng thư số của các đơn vị: xem, đăng ký, xác nhận, ngừng chấp nhận</source>
        <translation>the units&apos; certificate registry: list, register, confirm, retire</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="63"/>
        <source>các chứng thư số đã đăng ký</source>
        <translation>the registered certificates</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="65"/>
        <source>chỉ một đơn vị: mã tỉnh hoặc mã bộ, ngành</source>
        <translation>only one unit: a province code or a ministry code</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="68"/>
        <source>đăng ký tệp chứng thư số (.cer/.crt/.pem) đơn vị gửi</source>
        <translation>register a certificate file (.cer/.crt/.pem) the unit sent</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="76"/>
        <source>signer: người có thẩm quyền ký; agency: cơ quan</source>
        <translation>signer: the competent person; agency: the agency</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="78"/>
        <source>tệp chứng thư số</source>
        <translation>certificate file</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="82"/>
        <source>đăng ký chứng thư số thấy trong báo cáo đã nhận, sau khi đối chiếu với đơn vị</source>
        <translation>register a certificate seen in a received report, after checking it with the unit</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="89"/>
        <source>vai trò, khi chứng thư số đã ký với cả hai vai trò</source>
        <translation>the role, when the certificate signed in both roles</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="93"/>
        <source>ngừng chấp nhận một chứng thư số đã đăng ký</source>
        <translation>stop accepting a registered certificate</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="100"/>
        <source>chứng thư gốc, trung gian và danh sách thu hồi (CRL) của Bộ</source>
        <translation>the Ministry&apos;s root and intermediate certificates and revocation lists (CRL)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="105"/>
        <source>những gì đã nạp</source>
        <translation>what has been loaded</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="110"/>
        <source>nạp tệp .cer/.crt/.pem/.crl rồi kiểm tra lại mọi báo cáo đã nhận</source>
        <translation>load .cer/.crt/.pem/.crl files, then verify every received report again</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="113"/>
        <source>tệp</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="117"/>
        <source>kiểm tra lại chữ ký số của mọi báo cáo đã nhận, từ tệp đã lưu</source>
        <translation>verify the signatures of every received report again, from the stored files</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="123"/>
        <source>đọc lại toàn bộ từng tệp (chậm), không chỉ xét lại chứng thư số</source>
        <translation>read every file again in full (slow), not only judge the certificates again</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="128"/>
        <source>các phiên bản chờ xác nhận (chưa tính vào tổng hợp)</source>
        <translation>versions waiting for confirmation (not counted in the consolidation)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="135"/>
        <source>chấp nhận một phiên bản chờ xác nhận, để tính vào tổng hợp</source>
        <translation>accept a version waiting for confirmation, so it is counted</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="138"/>
        <source>số của phiên bản (xem &apos;inbox pending&apos;)</source>
        <translation>the version&apos;s number (see &apos;inbox pending&apos;)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="150"/>
        <source>các báo cáo xung đột đang chờ quyết định</source>
        <translation>the conflicting reports awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="156"/>
        <source>quyết định một xung đột: giữ bản đã có hoặc nhận bản mới</source>
        <translation>decide a conflict: keep the version already there or take the new one</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="159"/>
        <source>số của xung đột (xem &apos;inbox conflicts&apos;)</source>
        <translation>the conflict&apos;s number (see &apos;inbox conflicts&apos;)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="161"/>
        <source>giữ bản đã có, bỏ bản nhận sau</source>
        <translation>keep the version already there, drop the one received later</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="165"/>
        <source>nhận bản mới làm bản hiện hành (bản cũ vẫn được lưu)</source>
        <translation>take the new version as the current one (the old one is still kept)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="170"/>
        <source>cùng --take: chấp nhận bản mới dù chữ ký số chưa đủ để tính vào tổng hợp (sau khi đã đối chiếu với đơn vị)</source>
        <translation>with --take: accept the new version although its signatures are not enough for it to count (after checking with the unit)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="178"/>
        <source>xuất bảng tổng hợp một kỳ ra Excel (.xlsx) hoặc PDF</source>
        <translation>export a period&apos;s consolidation to Excel (.xlsx) or PDF</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="182"/>
        <source>tệp ghi ra: .xlsx hoặc .pdf</source>
        <translation>output file: .xlsx or .pdf</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="186"/>
        <source>định dạng khi tên tệp không có đuôi đó (ví dụ -o /dev/null)</source>
        <translation>the format when the file name has no such suffix (e.g. -o /dev/null)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="232"/>
        <source>{count} phiên bản nhận trước khi ứng dụng lưu tệp gốc: không thể kiểm tra lại, không còn được coi là tin cậy — hãy nhập lại tệp.</source>
        <translation>{count} versions received before the app kept the original files: they cannot be verified again and are no longer trusted — import the files again.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="494"/>
        <source>Bản mới được tính vào tổng hợp vì người kiểm tra đã chấp nhận nó.</source>
        <translation>The new version counts in the consolidation because the reviewer accepted it.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="496"/>
        <source>Đã có phiên bản mới hơn của đơn vị được tính vào tổng hợp.</source>
        <translation>A newer version of the unit&apos;s report counts in the consolidation.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="215"/>
        <source>Tổng cộng: {summary}</source>
        <translation>Total: {summary}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="224"/>
        <source>Đã kiểm tra lại {versions} phiên bản đã nhận ({seconds:.1f} giây): {status} đổi trạng thái chữ ký số, {groups} đơn vị/kỳ đổi phiên bản được tính.</source>
        <translation>Verified {versions} received versions again ({seconds:.1f} seconds): {status} changed signature status, {groups} units/periods changed the counted version.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="245"/>
        <source>ngừng chấp nhận {at}</source>
        <translation>retired {at}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="247"/>
        <source>đang chấp nhận</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="249"/>
        <source>{unit} — {role}: {holder} ({organisation}), hiệu lực {start} đến {end}, SHA-256 {fingerprint} — {state}; đăng ký {at} bởi {by} từ {source} ({detail})</source>
        <translation>{unit} — {role}: {holder} ({organisation}), valid {start} to {end}, SHA-256 {fingerprint} — {state}; registered {at} by {by} from {source} ({detail})</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="285"/>
        <source>Chưa đăng ký chứng thư số nào.</source>
        <translation>No certificate registered yet.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="300"/>
        <source>Đã đăng ký: {line}</source>
        <translation>Registered: {line}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="314"/>
        <source>Đã xác nhận chứng thư số của {holder} cho đơn vị {unit} ({role}).</source>
        <translation>Confirmed the certificate of {holder} for unit {unit} ({role}).</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="332"/>
        <source>Đã ngừng chấp nhận: {line}</source>
        <translation>Retired: {line}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="345"/>
        <source>Chưa nạp chứng thư gốc nào: không chữ ký số nào được coi là tin cậy.</source>
        <translation>No root certificate loaded: no digital signature is considered trusted.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="348"/>
        <source>{kind}: {name}, hiệu lực {start} đến {end}, tệp {file}, nạp {at}</source>
        <translation>{kind}: {name}, valid {start} to {end}, file {file}, loaded {at}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="368"/>
        <source>Đã nạp: {name}</source>
        <translation>Loaded: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="370"/>
        <source>Đã có từ trước: {name}</source>
        <translation>Already loaded: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="393"/>
        <source>Không có phiên bản nào chờ xác nhận.</source>
        <translation>No version is waiting for confirmation.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="396"/>
        <source>{id}: {unit}, kỳ {period}, cập nhật {updated} — {reason} — {signature}</source>
        <translation>{id}: {unit}, period {period}, updated {updated} — {reason} — {signature}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="416"/>
        <source>Đã chấp nhận phiên bản {id} ({unit}, kỳ {period}): được tính vào tổng hợp.</source>
        <translation>Accepted version {id} ({unit}, period {period}): counted in the consolidation.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="418"/>
        <source>Đã chấp nhận phiên bản {id} ({unit}, kỳ {period}); đã có phiên bản mới hơn được tính.</source>
        <translation>Accepted version {id} ({unit}, period {period}); a newer version is counted.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="434"/>
        <source>Chưa nhận báo cáo nào của đơn vị {unit} kỳ {period}.</source>
        <translation>No report of the unit {unit} for period {period} has been received.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="441"/>
        <source>HIỆN HÀNH</source>
        <translation>CURRENT</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="443"/>
        <source>chờ xác nhận</source>
        <translation>awaiting confirmation</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="445"/>
        <source>bản trước (thay bởi {id})</source>
        <translation>earlier version (replaced by {id})</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="446"/>
        <source>, DỰ THẢO</source>
        <translation>, DRAFT</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="448"/>
        <source>{id}: cập nhật {updated} — {state} — nhận {received} từ {path}</source>
        <translation>{id}: updated {updated} — {state} — received {received} from {path}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="456"/>
        <source>Xem một phiên bản: bvntd report export-json ID</source>
        <translation>To see one version: bvntd report export-json ID</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="468"/>
        <source>Không có xung đột nào chờ quyết định.</source>
        <translation>No conflict awaits a decision.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="471"/>
        <source>{id}: {unit}, kỳ {period}, cập nhật {updated}, tệp {path} — {reason}</source>
        <translation>{id}: {unit}, period {period}, updated {updated}, file {path} — {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="486"/>
        <source>Xung đột số {id}: giữ bản đã có.</source>
        <translation>Conflict number {id}: the version already there is kept.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/inbox.py" line="489"/>
        <source>Xung đột số {id}: đã nhận bản mới (mã {report}); bản trước vẫn được lưu.</source>
        <translation>Conflict number {id}: the new version is received (number {report}); the earlier one is still kept.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="19"/>
        <source>xuất báo cáo ra PDF chính thức, đọc lại dữ liệu từ PDF</source>
        <translation>export a report to the official PDF, read the data back from a PDF</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="22"/>
        <source>xuất một báo cáo trong cơ sở dữ liệu ra PDF</source>
        <translation>export a report of the database to PDF</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="24"/>
        <location filename="../../gui/commands/replies.py" line="66"/>
        <location filename="../../gui/commands/report.py" line="53"/>
        <location filename="../../gui/commands/report.py" line="61"/>
        <location filename="../../gui/commands/report.py" line="76"/>
        <location filename="../../gui/commands/report.py" line="84"/>
        <source>mã số báo cáo (xem &apos;report list&apos;)</source>
        <translation>the report&apos;s number (see &apos;report list&apos;)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="58"/>
        <source>tệp PDF ghi ra (mặc định: BC-NQ82-&lt;tỉnh&gt;-&lt;kỳ&gt;.pdf)</source>
        <translation>output PDF (default: BC-NQ82-&lt;province&gt;-&lt;period&gt;.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="62"/>
        <source>xuất bản dự thảo (có dấu DỰ THẢO trên mỗi trang)</source>
        <translation>export a draft (marked DỰ THẢO on every page)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="29"/>
        <source>xuất một tài liệu JSON ra PDF (không cần cơ sở dữ liệu)</source>
        <translation>export a JSON document to PDF (no database needed)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="32"/>
        <source>tài liệu báo cáo JSON (như &apos;report export-json&apos;)</source>
        <translation>a JSON report document (as &apos;report export-json&apos; writes)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="38"/>
        <source>đọc tài liệu báo cáo JSON mang trong một tệp PDF</source>
        <translation>read the JSON report document a PDF carries</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="40"/>
        <source>tệp PDF xuất từ ứng dụng</source>
        <translation>a PDF exported by the app</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="41"/>
        <location filename="../../gui/commands/report.py" line="85"/>
        <source>tệp JSON ghi ra (mặc định: in ra màn hình)</source>
        <translation>output JSON file (default: print it)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="46"/>
        <source>vẫn đọc dữ liệu khi chữ ký số hỏng hoặc tệp bị sửa sau khi ký (dữ liệu không đáng tin; có cảnh báo)</source>
        <translation>read the data even when a digital signature is broken or the file was changed after signing (untrustworthy data; with a warning)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="89"/>
        <location filename="../../gui/commands/sign.py" line="176"/>
        <source>Lưu ý: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="134"/>
        <source>Không tìm thấy tệp PDF: {path}</source>
        <translation>PDF not found: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="149"/>
        <source>{path}: chữ ký số hỏng hoặc tệp bị sửa đổi sau khi ký ({problems}). Không đọc dữ liệu; thêm --unverified nếu vẫn cần xem dữ liệu hiện có trong tệp (không đáng tin).</source>
        <translation>{path}: a digital signature is broken or the file was changed after signing ({problems}). The data was not read; add --unverified if you still need to see the data the file holds now (not trustworthy).</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="156"/>
        <source>Cảnh báo (--unverified): chữ ký số hỏng hoặc tệp bị sửa đổi sau khi ký ({problems}); dữ liệu dưới đây là dữ liệu hiện có trong tệp, KHÔNG phải dữ liệu đã ký.</source>
        <translation>Warning (--unverified): a digital signature is broken or the file was changed after signing ({problems}); the data below is what the file holds now, NOT the data that was signed.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/pdf.py" line="174"/>
        <source>Chữ ký số: {status}</source>
        <translation>Digital signature: {status}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="24"/>
        <source>danh sách, xuất và nhập báo cáo (JSON)</source>
        <translation>list, export and import reports (JSON)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="27"/>
        <source>liệt kê các báo cáo</source>
        <translation>list the reports</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="31"/>
        <source>kể cả báo cáo nhận từ địa phương</source>
        <translation>with the reports received from units</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="33"/>
        <source>các báo cáo trong thùng rác</source>
        <translation>the reports in the trash</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="37"/>
        <source>tạo báo cáo mới (dự thảo) cho một kỳ và in mã số của nó</source>
        <translation>create a new report (a draft) for a period and print its number</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="43"/>
        <source>mã tỉnh, thành phố (40) hoặc bộ, ngành (BYT); mặc định: đơn vị trong hồ sơ cơ quan</source>
        <translation>a province&apos;s code (40) or a ministry&apos;s (BYT); default: the unit of the agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="50"/>
        <source>nhân bản một báo cáo sang kỳ khác và in mã số bản mới</source>
        <translation>duplicate a report to another period and print the new one’s number</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="54"/>
        <source>kỳ của bản mới: 2025, 2025-H1 hoặc 2021-2025</source>
        <translation>the new one&apos;s period: 2025, 2025-H1 or 2021-2025</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="58"/>
        <source>chuyển một báo cáo vào thùng rác (khôi phục được)</source>
        <translation>move a report to the trash (it can be restored)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="64"/>
        <source>đưa một báo cáo ra khỏi thùng rác</source>
        <translation>take a report out of the trash</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="66"/>
        <source>mã số báo cáo (xem &apos;report list --trash&apos;)</source>
        <translation>the report&apos;s number (see &apos;report list --trash&apos;)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="71"/>
        <source>ghi nhận đã gửi báo cáo cho Bộ (bản PDF chính thức mới nhất, sau khi bạn đã gửi nó đi)</source>
        <translation>record that the report was sent to the Ministry (the latest final PDF, after you have sent it)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="78"/>
        <source>tệp PDF đã gửi (mặc định: bản xuất chính thức mới nhất)</source>
        <translation>the PDF file sent (default: the latest final export)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="82"/>
        <source>xuất một báo cáo thành tài liệu JSON</source>
        <translation>export a report as a JSON document</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="88"/>
        <source>nhập một tài liệu JSON thành báo cáo mới</source>
        <translation>import a JSON document as a new report</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="135"/>
        <source>Thùng rác trống.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="137"/>
        <source>Chưa có báo cáo nào.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="141"/>
        <source>ĐƠN VỊ</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="142"/>
        <source>KỲ</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="143"/>
        <source>TRẠNG THÁI</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="145"/>
        <source>SỬA LẦN CUỐI</source>
        <translation>LAST EDITED</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="145"/>
        <source>ĐÃ ĐIỀN</source>
        <translation>FILLED IN</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="160"/>
        <source>Nhận từ đơn vị</source>
        <translation>Received from a unit</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="171"/>
        <source>Đã ghi nhận: báo cáo số {id} đã gửi ({file}). Trạng thái: {status}</source>
        <translation>Recorded: report {id} was sent ({file}). Status: {status}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="209"/>
        <source>Đã chuyển báo cáo số {id} ({unit}, kỳ {period}) vào thùng rác.</source>
        <translation>Report number {id} ({unit}, period {period}) moved to the trash.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/report.py" line="223"/>
        <source>Đã khôi phục báo cáo số {id} ({unit}, kỳ {period}).</source>
        <translation>Report number {id} ({unit}, period {period}) restored.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="98"/>
        <source>Chưa nhập mã PIN/mật khẩu. Chưa ký.</source>
        <translation>No PIN or password was entered. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="32"/>
        <location filename="../../gui/commands/sign.py" line="110"/>
        <source>tệp PDF cần ký</source>
        <translation>PDF to sign</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="24"/>
        <source>ký số tệp PDF (người có thẩm quyền hoặc cơ quan), bằng USB token hoặc tệp .pfx</source>
        <translation>sign a PDF (the competent person or the agency) with a USB token or a .pfx file</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="25"/>
        <source>Ký số tệp PDF theo Nghị định 30/2020/NĐ-CP: chữ ký của người có thẩm quyền (--role signer), rồi chữ ký của cơ quan do văn thư thực hiện (--role agency). Mã PIN/mật khẩu được hỏi mỗi lần ký, không bao giờ được lưu.</source>
        <translation>Sign a PDF as Decree 30/2020/NĐ-CP requires: the competent person&apos;s signature (--role signer), then the agency&apos;s, made by the records office (--role agency). The PIN or password is asked at each signing and never stored.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="33"/>
        <source>tệp PDF đã ký ghi ra</source>
        <translation>output signed PDF</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="38"/>
        <source>signer: người có thẩm quyền; agency: cơ quan</source>
        <translation>signer: the competent person; agency: the agency</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="41"/>
        <location filename="../../gui/commands/sign.py" line="119"/>
        <source>tệp chứng thư số .pfx/.p12</source>
        <translation>.pfx/.p12 certificate file</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="46"/>
        <source>thư viện PKCS#11 của USB token (.dll/.so)</source>
        <translation>the USB token&apos;s PKCS#11 library (.dll/.so)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="48"/>
        <source>nhãn của USB token khi cắm nhiều token</source>
        <translation>the USB token&apos;s label, when several are plugged in</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="51"/>
        <source>cơ sở dữ liệu có báo cáo của tệp này: chữ ký được ghi vào lịch sử xuất bản của báo cáo</source>
        <translation>the database holding this file&apos;s report: the signature is recorded in the report&apos;s export history</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="58"/>
        <source>ảnh PNG hoặc JPEG: chữ ký tay (signer) hoặc con dấu (agency); mặc định: ảnh chọn trong Cài đặt</source>
        <translation>PNG or JPEG image: the handwritten signature (signer) or the seal (agency); default: the image chosen in Settings</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="64"/>
        <source>máy chủ dấu thời gian (RFC 3161); không kết nối được thì vẫn ký</source>
        <translation>timestamp server (RFC 3161); if it cannot be reached the file is still signed</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="69"/>
        <source>đọc mã PIN/mật khẩu từ dòng đầu của đầu vào chuẩn</source>
        <translation>read the PIN or password from the first line of standard input</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="75"/>
        <source>kiểm tra chữ ký số của tệp PDF (trả về 0 khi đã ký, nguyên vẹn và tin cậy)</source>
        <translation>check a PDF&apos;s digital signatures (exit 0 when signed, intact and trusted)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="76"/>
        <source>Kiểm tra từng chữ ký số: nội dung nguyên vẹn, không bị sửa sau khi ký, chứng thư số thuộc nguồn tin cậy (--trust) và đúng đơn vị báo cáo. Mỗi chữ ký một dòng.</source>
        <translation>Check each digital signature: content intact, nothing changed after signing, a certificate from a trusted source (--trust) and of the report&apos;s unit. One line per signature.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="82"/>
        <source>tệp PDF cần kiểm tra</source>
        <translation>PDF to check</translation>
    </message>
    <message>
        <location filename="../../gui/commands/options.py" line="18"/>
        <source>danh sách thu hồi chứng thư số (.crl) để kiểm tra thu hồi; nhắc lại được</source>
        <translation>certificate revocation list (.crl) to check revocation against; may be repeated</translation>
    </message>
    <message>
        <location filename="../../gui/commands/options.py" line="15"/>
        <source>chứng thư số gốc hoặc trung gian tin cậy (.cer/.crt/.pem); nhắc lại được</source>
        <translation>trusted root or intermediate certificate (.cer/.crt/.pem); may be repeated</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="138"/>
        <source>Mật khẩu của {name}: </source>
        <translation>Password of {name}: </translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="143"/>
        <source>Mã PIN của USB token: </source>
        <translation>USB token PIN: </translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="156"/>
        <source>PAdES B-LT (có dấu thời gian và thông tin thu hồi)</source>
        <translation>PAdES B-LT (with a timestamp and revocation data)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="157"/>
        <source>PAdES B-T (có dấu thời gian)</source>
        <translation>PAdES B-T (with a timestamp)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="160"/>
        <source>PAdES B-LT (có thông tin thu hồi, không có dấu thời gian)</source>
        <translation>PAdES B-LT (with revocation data, without a timestamp)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="163"/>
        <source>Đã ký với vai trò {role}: {who} — {level}.</source>
        <translation>Signed as {role}: {who} — {level}.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="169"/>
        <source>Đã ghi chữ ký vào lịch sử xuất bản của báo cáo.</source>
        <translation>The signature is recorded in the report&apos;s export history.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="172"/>
        <source>Lưu ý: ký không kèm hình ảnh (--image); Phụ lục I yêu cầu ảnh chữ ký/con dấu.</source>
        <translation>Note: signed without an image (--image); Phụ lục I requires the signature or seal image.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="189"/>
        <source>tệp PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="210"/>
        <source>Lưu ý: chưa nạp danh sách thu hồi (--crl) và không kiểm tra qua mạng (--online), nên chưa biết chứng thư số có bị thu hồi hay không.</source>
        <translation>Note: no revocation list was loaded (--crl) and nothing was checked online (--online), so whether a certificate was revoked is not known.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="219"/>
        <source>Lưu ý: chưa nạp chứng thư số gốc tin cậy (--trust), nên không xác minh được nguồn gốc.</source>
        <translation>Note: no trusted root certificate was loaded (--trust), so the origin cannot be verified.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="17"/>
        <source>xem hoặc đổi hạn gửi báo cáo của một kỳ</source>
        <translation>show or change a period&apos;s deadline</translation>
    </message>
    <message>
        <location filename="../../gui/commands/options.py" line="13"/>
        <source>kỳ báo cáo: 2025, 2025-H1 hoặc 2021-2025</source>
        <translation>reporting period: 2025, 2025-H1 or 2021-2025</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="22"/>
        <source>hạn mới, dạng ngày/tháng/năm (ví dụ 31/12/2025)</source>
        <translation>the new deadline, as day/month/year (e.g. 31/12/2025)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="25"/>
        <source>trở về hạn mặc định của mẫu báo cáo</source>
        <translation>go back to the report template&apos;s default deadline</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="30"/>
        <source>các cảnh báo số liệu của một kỳ (không chặn việc nhập)</source>
        <translation>a period&apos;s data warnings (they do not block imports)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="37"/>
        <source>sổ địa chỉ email của các đơn vị: nhập từ .xlsx/.csv, sửa, xem</source>
        <translation>the units&apos; email address book: import from .xlsx/.csv, edit, show</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="44"/>
        <source>nhập từ tệp .xlsx hoặc .csv (cột Mã, Email)</source>
        <translation>import from an .xlsx or .csv file (columns Mã, Email)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="50"/>
        <source>đặt email cho một đơn vị (nhiều email: a; b)</source>
        <translation>set a unit&apos;s email (several: a; b)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="55"/>
        <source>thư nhắc (.eml) gửi các đơn vị chưa gửi báo cáo của một kỳ</source>
        <translation>a reminder (.eml) to the units that have not sent a period&apos;s report</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="59"/>
        <source>tệp thư .eml ghi ra</source>
        <translation>output .eml file</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="63"/>
        <source>xem xét báo cáo: cần chỉnh sửa (kèm ý kiến, thư .eml), chấp nhận</source>
        <translation>review reports: needs correction (with comments, an .eml letter), accept</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="68"/>
        <source>mã đơn vị (mã tỉnh hoặc mã bộ, ngành); không có: liệt kê mọi đơn vị</source>
        <translation>the unit&apos;s code (a province&apos;s or a ministry&apos;s); without it: list every unit</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="74"/>
        <source>cần chỉnh sửa (ghi ý kiến bằng --comment, --field)</source>
        <translation>needs correction (comments with --comment, --field)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="76"/>
        <source>chấp nhận báo cáo</source>
        <translation>accept the report</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="77"/>
        <source>ý kiến chung</source>
        <translation>general comment</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="84"/>
        <source>ý kiến cho một trường (khóa như cp_received); lặp lại được</source>
        <translation>a comment on one field (a key such as cp_received); may be repeated</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="103"/>
        <source>dự thảo báo cáo Chính phủ của một kỳ: Word (.docx) hoặc PDF</source>
        <translation>a period&apos;s draft Government report: Word (.docx) or PDF</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="107"/>
        <source>tệp ghi ra: .docx hoặc .pdf</source>
        <translation>output file: .docx or .pdf</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="155"/>
        <source>{path}: dự thảo báo cáo Chính phủ kỳ {period} — {coverage}.</source>
        <translation>{path}: draft report to the Government for {period} — {coverage}.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="149"/>
        <source>Chưa nhận được báo cáo nào của kỳ {period}: bản dự thảo ghi rõ chỗ còn thiếu.</source>
        <translation>No report of period {period} has been received: the draft marks what is missing.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="88"/>
        <source>công văn đề nghị chỉnh sửa ghi ra: .pdf (ký bằng pdf sign --role signer rồi --role agency) hoặc thư .eml đính kèm nó</source>
        <translation>the letter requesting corrections to write: .pdf (signed with pdf sign --role signer, then --role agency) or an .eml message attaching it</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="95"/>
        <source>số công văn (đã đăng ký ở văn thư), ví dụ 125</source>
        <translation>the letter&apos;s number (as registered by the clerk), e.g. 125</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="98"/>
        <source>hạn gửi bản đã sửa, dạng ngày/tháng/năm (mặc định: sau 15 ngày)</source>
        <translation>when the corrected report is due, day/month/year (default: in 15 days)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="179"/>
        <source>so với kỳ {period}</source>
        <translation>against period {period}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="181"/>
        <source>không có kỳ trước để so sánh</source>
        <translation>no earlier period to compare with</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="183"/>
        <source>Kỳ {period}: {count} cảnh báo số liệu ({previous}).</source>
        <translation>Period {period}: {count} data warnings ({previous}).</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="212"/>
        <source>{path}: đã lưu {count} đơn vị.</source>
        <translation>{path}: {count} units saved.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="221"/>
        <source>{count} dòng có lỗi chưa được lưu; hãy sửa tệp rồi nhập lại.</source>
        <translation>{count} rows with errors were not saved; correct the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="239"/>
        <source>Kỳ {period}: mọi đơn vị đã gửi báo cáo, không cần thư nhắc.</source>
        <translation>Period {period}: every unit has sent its report; no reminder is needed.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="245"/>
        <source>{path}: thư nhắc {units} đơn vị chưa gửi, {addresses} địa chỉ email.</source>
        <translation>{path}: a reminder to {units} units that have not sent, {addresses} email addresses.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="252"/>
        <source>Chưa có email trong sổ địa chỉ ({count}): {names}.</source>
        <translation>No email in the address book yet ({count}): {names}.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="278"/>
        <source>Hãy chọn đơn vị bằng --unit MÃ.</source>
        <translation>Choose the unit with --unit CODE.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="280"/>
        <source>--comment và --field đi cùng --correction.</source>
        <translation>--comment and --field go with --correction.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="306"/>
        <source>{unit} chưa gửi báo cáo kỳ {period}.</source>
        <translation>{unit} has not sent its report for period {period}.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="329"/>
        <source>{path}: công văn đề nghị chỉnh sửa gửi {unit} ({count} ý kiến)</source>
        <translation>{path}: letter requesting corrections to {unit} ({count} comments)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="334"/>
        <source> (chưa có email)</source>
        <translation> (no email yet)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/follow_up.py" line="336"/>
        <source>{path}: thư đề nghị chỉnh sửa gửi {unit}</source>
        <translation>{path}: the request for correction to {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/basic.py" line="14"/>
        <source>in mẫu báo cáo đang dùng dưới dạng JSON</source>
        <translation>print the active report template as JSON</translation>
    </message>
    <message>
        <location filename="../../gui/commands/basic.py" line="15"/>
        <source>kiểm tra và in một tệp mẫu khác</source>
        <translation>check and print another template file</translation>
    </message>
    <message>
        <location filename="../../gui/commands/basic.py" line="18"/>
        <source>tạo báo cáo mẫu đầy đủ và in mã số của nó</source>
        <translation>create a complete demo report and print its number</translation>
    </message>
    <message>
        <location filename="../../gui/commands/options.py" line="12"/>
        <source>tệp cơ sở dữ liệu</source>
        <translation>database file</translation>
    </message>
    <message>
        <location filename="../../gui/commands/basic.py" line="33"/>
        <source>Không tìm thấy mẫu báo cáo {path}.</source>
        <translation>Report template {path} not found.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/basic.py" line="34"/>
        <source>Không đọc được mẫu báo cáo {path}: {error}.</source>
        <translation>Cannot read report template {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/basic.py" line="35"/>
        <source>Mẫu báo cáo {path} quá lớn ({size}; tối đa {limit}).</source>
        <translation>Report template {path} is too large ({size}; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../gui/commands/basic.py" line="36"/>
        <source>{path} là một thư mục, không phải tệp mẫu báo cáo.</source>
        <translation>{path} is a folder, not a report template file.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/basic.py" line="37"/>
        <source>{path} không phải một tệp thông thường (một thiết bị, một ống dẫn…).</source>
        <translation>{path} is not a regular file (a device, a pipe…).</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="34"/>
        <source>[LỖI] {step}: {error}</source>
        <translation>[FAIL] {step}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="42"/>
        <source>tài nguyên và mẫu báo cáo</source>
        <translation>resources and report template</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="126"/>
        <location filename="../../gui/selftest.py" line="43"/>
        <source>cơ sở dữ liệu</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="45"/>
        <source>báo cáo mẫu</source>
        <translation>demo report</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="48"/>
        <source>xuất PDF</source>
        <translation>PDF export</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="51"/>
        <source>đọc lại dữ liệu trong PDF</source>
        <translation>reading the data back from the PDF</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="53"/>
        <source>chữ tiếng Việt trong PDF</source>
        <translation>Vietnamese text in the PDF</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="54"/>
        <source>ký số và kiểm tra chữ ký</source>
        <translation>signing and verifying</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="60"/>
        <source>Tự kiểm tra THẤT BẠI ({count} lỗi, {seconds} s):</source>
        <translation>Self-test FAILED ({count} errors, {seconds} s):</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="67"/>
        <source>Tự kiểm tra thành công ({seconds} s).</source>
        <translation>Self-test passed ({seconds} s).</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="99"/>
        <source>tệp PDF quá nhỏ ({size} byte)</source>
        <translation>the PDF is too small ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="107"/>
        <source>dữ liệu đọc lại khác với cơ sở dữ liệu</source>
        <translation>the data read back differs from the database</translation>
    </message>
    <message>
        <location filename="../../gui/selftest.py" line="119"/>
        <source>không thấy &apos;{text}&apos; trong văn bản của PDF</source>
        <translation>&apos;{text}&apos; not found in the PDF&apos;s text</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="19"/>
        <source>giấy xác nhận đã nhận báo cáo (PDF) cho từng đơn vị đã gửi của một kỳ</source>
        <translation>receipt (PDF) for each unit that sent its report for a period</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="23"/>
        <source>mã đơn vị (mã tỉnh hoặc mã bộ, ngành); không có: mọi đơn vị đã gửi</source>
        <translation>unit code (province or ministry code); without it: every unit that sent one</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="27"/>
        <source>chỉ các đơn vị gửi (hoặc gửi bản mới) từ lần lập giấy xác nhận trước</source>
        <translation>only the units that sent (or sent a new version) since the last receipts</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="32"/>
        <source>kèm thư .eml gửi đơn vị (đính kèm giấy xác nhận) bên cạnh mỗi tệp PDF</source>
        <translation>also an .eml message to the unit (the receipt attached) beside each PDF</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="36"/>
        <source>tệp .pdf (một đơn vị) hoặc thư mục (mỗi đơn vị một tệp)</source>
        <translation>a .pdf file (one unit) or a folder (one file per unit)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="45"/>
        <source>mở văn bản của Bộ: giấy xác nhận đã nhận, công văn đề nghị chỉnh sửa (PDF)</source>
        <translation>open the Ministry&apos;s documents: receipt, letter requesting corrections (PDF)</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="48"/>
        <source>tệp PDF của Bộ</source>
        <translation>the Ministry&apos;s PDF file</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="55"/>
        <source>chứng thư số của Bộ Công Thương (.cer/.crt/.pem), được ghi nhớ cho các lần sau; nhắc lại được</source>
        <translation>the Ministry of Industry and Trade&apos;s certificate (.cer/.crt/.pem), remembered from now on; repeatable</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="63"/>
        <source>các ý kiến đề nghị chỉnh sửa của Bộ cho một báo cáo</source>
        <translation>the Ministry&apos;s requested corrections for a report</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="78"/>
        <source>Nhiều đơn vị: -o phải là một thư mục (mỗi đơn vị một tệp), hoặc chọn --unit MÃ.</source>
        <translation>Several units: -o must be a folder (one file per unit), or choose --unit CODE.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="86"/>
        <source>{path}: giấy xác nhận đã nhận báo cáo của {unit}</source>
        <translation>{path}: receipt for the report of {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="90"/>
        <source> (kèm thư {name})</source>
        <translation> (with the message {name})</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="94"/>
        <source>Kỳ {period}: không có báo cáo mới nào cần giấy xác nhận.</source>
        <translation>Period {period}: no new report needs a receipt.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="113"/>
        <source>{count}/{total} tệp không được ghi nhận (xem từng dòng).</source>
        <translation>{count}/{total} files were not recorded (see each line).</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="131"/>
        <source>Báo cáo số {id}: Bộ chưa có ý kiến đề nghị chỉnh sửa.</source>
        <translation>Report {id}: the Ministry has not requested corrections.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="135"/>
        <source>{state} — công văn {cited} ({authenticity})</source>
        <translation>{state} — letter {cited} ({authenticity})</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="141"/>
        <source>Cảnh báo: chưa xác minh được văn bản là của Bộ Công Thương; hãy đối chiếu với Bộ trước khi sửa.</source>
        <translation>Warning: not verified as the Ministry of Industry and Trade&apos;s document; check with the Ministry before changing anything.</translation>
    </message>
    <message>
        <location filename="../../gui/commands/replies.py" line="152"/>
        <source>Hạn gửi bản đã sửa: {day}.</source>
        <translation>Corrected report due: {day}.</translation>
    </message>
</context>
<context>
    <name>ComputedPercentField</name>
    <message>
        <location filename="../../gui/views/fields/numeric.py" line="138"/>
        <source>Tự động tính, không cần nhập</source>
        <translation>Calculated automatically, nothing to enter</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/numeric.py" line="143"/>
        <source>(tự động tính)</source>
        <translation>(calculated)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="39"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="39"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="39"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="39"/>
        <source>Vì sao cần quyết định</source>
        <translation>Why a decision is needed</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="49"/>
        <source>Không có xung đột nào chờ quyết định.</source>
        <translation>No conflict is waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="50"/>
        <source>Giữ bản đã có</source>
        <translation>Keep the one already there</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="51"/>
        <source>Nhận bản mới</source>
        <translation>Take the received one</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="90"/>
        <source>Quyết định xung đột</source>
        <translation>Deciding a conflict</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/conflicts.py" line="108"/>
        <source>Nhận và chấp nhận</source>
        <translation>Take and accept</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../gui/core/document.py" line="121"/>
        <source>Tài liệu báo cáo phải là một đối tượng JSON.</source>
        <translation>A report document must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../../gui/core/document.py" line="124"/>
        <source>Đây không phải tài liệu báo cáo ({format}): khóa &apos;format&apos; sai hoặc thiếu.</source>
        <translation>This is not a report document ({format}): the key &apos;format&apos; is wrong or missing.</translation>
    </message>
    <message>
        <location filename="../../gui/core/document.py" line="133"/>
        <source>Tài liệu báo cáo không hợp lệ — khóa &apos;{key}&apos;: {error}</source>
        <translation>The report document is not valid — key &apos;{key}&apos;: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/document.py" line="145"/>
        <source>Tài liệu báo cáo không đọc được: {error}.</source>
        <translation>The report document cannot be read: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/document_file.py" line="25"/>
        <source>{name} không phải một tệp thông thường.</source>
        <translation>{name} is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/document_file.py" line="22"/>
        <source>Tệp {name} quá lớn ({size}; một báo cáo tối đa {limit}).</source>
        <translation>The file {name} is too large ({size}; a report is at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/document_file.py" line="20"/>
        <source>Không tìm thấy tệp {name}.</source>
        <translation>File not found: {name}.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/document_file.py" line="21"/>
        <source>Không đọc được tệp {name}: {error}.</source>
        <translation>Could not read the file {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/period.py" line="72"/>
        <source>Kỳ báo cáo &apos;{text}&apos;: năm cuối phải sau năm đầu.</source>
        <translation>Reporting period &apos;{text}&apos;: the last year must come after the first.</translation>
    </message>
    <message>
        <location filename="../../gui/core/period.py" line="75"/>
        <source>Kỳ báo cáo &apos;{text}&apos; không hợp lệ: dùng dạng 2025 (cả năm), 2025-H1 (6 tháng đầu năm) hoặc 2021-2025 (sơ kết, tổng kết giai đoạn).</source>
        <translation>The reporting period &apos;{text}&apos; is not valid: use 2025 (a whole year), 2025-H1 (the first half of a year) or 2021-2025 (a review of several years).</translation>
    </message>
    <message>
        <location filename="../../gui/core/period.py" line="86"/>
        <source>Năm {year} nằm ngoài khoảng cho phép (2019–2100).</source>
        <translation>The year {year} is outside the allowed range (2019–2100).</translation>
    </message>
    <message>
        <location filename="../../gui/core/template.py" line="344"/>
        <source>Mẫu báo cáo {source} không hợp lệ — {error}</source>
        <translation>The report template {source} is not valid — {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/template.py" line="358"/>
        <source>Không đọc được mẫu báo cáo {path}: {error}</source>
        <translation>Could not read the report template {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/template.py" line="370"/>
        <source>Mẫu báo cáo {name}: {error}.</source>
        <translation>Report template {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/template.py" line="398"/>
        <source>Không có mẫu báo cáo &apos;{id}&apos; phiên bản {version} trong ứng dụng này.</source>
        <translation>There is no report template &apos;{id}&apos; version {version} in this app.</translation>
    </message>
    <message>
        <location filename="../../gui/core/admission.py" line="24"/>
        <source>Trường “{label}” ({key}) được tính tự động, tài liệu không được ghi giá trị cho nó.</source>
        <translation>The field “{label}” ({key}) is computed; a document may not carry a value for it.</translation>
    </message>
    <message>
        <location filename="../../gui/core/admission.py" line="48"/>
        <source>- … và {count} lỗi khác.</source>
        <translation>- … and {count} more errors.</translation>
    </message>
    <message>
        <location filename="../../gui/core/admission.py" line="49"/>
        <source>Tài liệu báo cáo có {count} lỗi nên không nhập được:</source>
        <translation>The report document has {count} errors and cannot be imported:</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="30"/>
        <source>…({count} chữ số)</source>
        <translation>…({count} digits)</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="43"/>
        <source>số {number} quá lớn (tối đa {digits} chữ số)</source>
        <translation>the number {number} is too large (at most {digits} digits)</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="50"/>
        <source>&apos;{name}&apos; không phải một số JSON hợp lệ (không chấp nhận NaN, Infinity)</source>
        <translation>&apos;{name}&apos; is not a valid JSON number (NaN and Infinity are not accepted)</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="58"/>
        <source>tài liệu JSON quá lớn ({size}; tối đa {limit})</source>
        <translation>the JSON document is too large ({size}; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="67"/>
        <source>tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {position})</source>
        <translation>the file is not UTF-8 text (a wrong byte at position {position})</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="79"/>
        <source>không phải JSON hợp lệ: dòng {line}, cột {column}: {error}</source>
        <translation>not valid JSON: line {line}, column {column}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="96"/>
        <source>tài liệu JSON có quá nhiều giá trị (tối đa {limit})</source>
        <translation>the JSON document has too many values (at most {limit})</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="117"/>
        <source>khóa &apos;{key}&apos;: văn bản chứa ký tự không hợp lệ (nửa cặp UTF-16 đơn lẻ, \ud800–\udfff)</source>
        <translation>key &apos;{key}&apos;: the text holds an invalid character (a lone UTF-16 surrogate, \ud800–\udfff)</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="124"/>
        <source>tài liệu JSON lồng nhau quá sâu (tối đa {limit} cấp)</source>
        <translation>the JSON document is nested too deep (at most {limit} levels)</translation>
    </message>
    <message>
        <location filename="../../gui/core/safejson.py" line="132"/>
        <source>(gốc)</source>
        <translation>(root)</translation>
    </message>
    <message>
        <location filename="../../gui/outside_file.py" line="100"/>
        <source>không phải tệp thông thường (một thiết bị, một ống dẫn FIFO…)</source>
        <translation>not a regular file (a device, a FIFO pipe…)</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="108"/>
        <source>số {number} ngày {date}</source>
        <translation>no. {number} of {date}</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="109"/>
        <source>ngày {date} (mã {code})</source>
        <translation>of {date} (code {code})</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="112"/>
        <source>của Bộ Công Thương, tin cậy</source>
        <translation>from the Ministry of Industry and Trade, trusted</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="113"/>
        <source>chưa xác minh</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="126"/>
        <source> lúc {time} — {authenticity}</source>
        <translation> at {time} — {authenticity}</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="131"/>
        <source> ({count} ý kiến) — {authenticity}</source>
        <translation> ({count} comments) — {authenticity}</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="140"/>
        <source>Dữ liệu văn bản của Bộ không đọc được: {error}.</source>
        <translation>The Ministry&apos;s document data cannot be read: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="143"/>
        <source>Đây không phải văn bản trả lời của Bộ (giấy xác nhận, công văn).</source>
        <translation>This is not a reply of the Ministry&apos;s (receipt, letter).</translation>
    </message>
    <message>
        <location filename="../../gui/core/replies.py" line="149"/>
        <source>Dữ liệu văn bản của Bộ không hợp lệ — khóa &apos;{key}&apos;: {error}</source>
        <translation>The Ministry&apos;s document data is invalid — key &apos;{key}&apos;: {error}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="659"/>
        <source>Đề nghị chỉnh sửa — {unit}</source>
        <translation>Request for correction — {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="661"/>
        <source>Ý kiến chung về báo cáo (không bắt buộc)</source>
        <translation>A general comment on the report (optional)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="678"/>
        <source>Ý kiến cho mục đã chọn, ví dụ: số liệu cao bất thường, đề nghị kiểm tra lại</source>
        <translation>Comment on the selected item, e.g. the figure is unusually high, please check it</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="681"/>
        <source>Thêm ý kiến</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="683"/>
        <source>Xóa ý kiến đã chọn</source>
        <translation>Remove the selected comment</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="698"/>
        <source>Ý kiến theo từng mục của báo cáo — chọn mục (gõ vài chữ để tìm):</source>
        <translation>Comments on items of the report — choose the item (type a few letters to find it):</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="702"/>
        <source>Các ý kiến theo mục đã thêm:</source>
        <translation>Comments added on items:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="696"/>
        <source>Ý kiến chung:</source>
        <translation>General comment:</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <location filename="../../gui/views/database_commands.py" line="43"/>
        <source>Chưa sao lưu được dữ liệu: {error}</source>
        <translation>The data could not be backed up: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/database_commands.py" line="84"/>
        <source>Đã khôi phục dữ liệu từ bản sao lưu {name}.</source>
        <translation>The data was restored from the backup {name}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/database_commands.py" line="113"/>
        <source>Đang làm việc với {path}.</source>
        <translation>Now working with {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/database_commands.py" line="125"/>
        <source>Không mở được dữ liệu</source>
        <translation>Cannot open the data</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <location filename="../../gui/views/fields/dates.py" line="32"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/dates.py" line="37"/>
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the date on a calendar</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../gui/operations/desk.py" line="83"/>
        <source>{n}/{of} địa phương đã gửi báo cáo</source>
        <translation>{n}/{of} provinces have reported</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="85"/>
        <source>, {n} bộ, ngành</source>
        <translation>, {n} ministries and agencies</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="92"/>
        <source>Tệp ghi ra phải có đuôi .docx hoặc .pdf, không phải &apos;{given}&apos;.</source>
        <translation>The output file must end in .docx or .pdf, not &apos;{given}&apos;.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="150"/>
        <source>Chọn một hạn mới hoặc hạn mặc định, không cả hai.</source>
        <translation>Choose a new deadline or the default one, not both.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="224"/>
        <source>Tệp ghi ra {path} có đuôi .{suffix} nhưng định dạng là {format}: hãy để hai thứ khớp nhau.</source>
        <translation>The output file {path} ends in .{suffix} but the format is {format}: make the two agree.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="232"/>
        <source>Tệp ghi ra phải có đuôi .xlsx hoặc .pdf, không phải &apos;{given}&apos; (hoặc chọn định dạng bằng --format xlsx|pdf, ví dụ với -o /dev/null).</source>
        <translation>The output file must end in .xlsx or .pdf, not &apos;{given}&apos; (or choose the format with --format xlsx|pdf, e.g. with -o /dev/null).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="313"/>
        <source>Không có đơn vị mã &apos;{code}&apos; (mã tỉnh hoặc mã bộ, ngành).</source>
        <translation>No unit has the code &apos;{code}&apos; (a province code or a ministry code).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="382"/>
        <source>Không có đơn vị mã &apos;{code}&apos; trong kỳ {period}.</source>
        <translation>No unit has the code &apos;{code}&apos; in period {period}.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="402"/>
        <source>Chỉ ghi được &apos;cần chỉnh sửa&apos; hoặc &apos;chấp nhận&apos;.</source>
        <translation>Only &apos;needs correction&apos; or &apos;accepted&apos; can be recorded.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="445"/>
        <source>Tệp ghi ra phải có đuôi .pdf (công văn) hoặc .eml (thư kèm công văn), không phải &apos;{given}&apos;.</source>
        <translation>The output file must end in .pdf (the letter) or .eml (an e-mail with the letter), not &apos;{given}&apos;.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="452"/>
        <source>{unit}: chưa có ý kiến đề nghị chỉnh sửa nào để gửi.</source>
        <translation>{unit}: there is no request for correction to send yet.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="502"/>
        <source>Nhiều đơn vị: hãy ghi ra một thư mục (mỗi đơn vị một tệp), hoặc chọn một đơn vị.</source>
        <translation>Several units: write into a folder (one file per unit), or choose one unit.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="506"/>
        <source>{path}: không phải thư mục có sẵn, cũng không phải tệp .pdf.</source>
        <translation>{path}: not an existing folder, nor a .pdf file.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/desk.py" line="513"/>
        <source>{unit} chưa gửi báo cáo kỳ {period}: chưa có gì để xác nhận.</source>
        <translation>{unit} has not sent its report for {period}: nothing to acknowledge yet.</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="135"/>
        <source>Đổi hạn</source>
        <translation>Move deadline</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="136"/>
        <source>Hạn mặc định</source>
        <translation>Default deadline</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="139"/>
        <source>Sổ địa chỉ…</source>
        <translation>Address book…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="140"/>
        <source>Thư nhắc đơn vị chưa gửi…</source>
        <translation>Reminder to units not received…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="141"/>
        <source>Dự thảo báo cáo Chính phủ…</source>
        <translation>Draft report to the Government…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="146"/>
        <source>Giấy xác nhận cho đơn vị mới gửi…</source>
        <translation>Receipts for units that sent since…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="150"/>
        <source>Hạn gửi báo cáo:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="162"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="162"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="162"/>
        <source>Thời hạn</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="162"/>
        <source>Xem xét</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="162"/>
        <source>Cảnh báo</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="173"/>
        <source>Cần chỉnh sửa…</source>
        <translation>Needs correction…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="174"/>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="483"/>
        <source>Chấp nhận</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="175"/>
        <source>Thư đề nghị chỉnh sửa…</source>
        <translation>Correction email…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="179"/>
        <source>Công văn (PDF)…</source>
        <translation>Letter (PDF)…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="181"/>
        <source>Giấy xác nhận…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="244"/>
        <source>Số liệu từ {start} đến {end}; hạn gửi {deadline}{moved}. Gửi muộn: {late}; chưa gửi: {missing}.</source>
        <translation>Data from {start} to {end}; deadline {deadline}{moved}. Late: {late}; not received: {missing}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="249"/>
        <source> (Bộ đã điều chỉnh; mặc định {day})</source>
        <translation> (moved by the Ministry; default {day})</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="263"/>
        <source>Biểu đồ: tình hình gửi báo cáo của các địa phương</source>
        <translation>Chart: the provinces&apos; reports on time, late and not sent</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="265"/>
        <source>Biểu đồ: {label} theo địa phương</source>
        <translation>Chart: {label} by province</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="290"/>
        <source>{n} cảnh báo</source>
        <translation>{n} flags</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="314"/>
        <source>Chưa nhận</source>
        <translation>Not received</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="315"/>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="315"/>
        <source>Muộn {n} ngày</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="316"/>
        <source>; đã thay bằng bản mới</source>
        <translation>; replaced by a newer version</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="325"/>
        <source>Gửi ngày {day}, {basis}</source>
        <translation>Sent on {day}, {basis}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="329"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="330"/>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="464"/>
        <source>Cần chỉnh sửa</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="331"/>
        <source>Đã nhận bản sửa</source>
        <translation>Corrected version received</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="332"/>
        <source>Đã chấp nhận</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="357"/>
        <source>Chọn một đơn vị để xem cảnh báo số liệu, ý kiến xem xét và các thay đổi.</source>
        <translation>Select a unit to see its data-quality flags, review comments and changes.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="421"/>
        <source>Chưa có số liệu để vẽ biểu đồ.</source>
        <translation>No figures to chart yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="450"/>
        <source>Hạn gửi báo cáo</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="503"/>
        <source>Thư đề nghị chỉnh sửa</source>
        <translation>Correction email</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="505"/>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="544"/>
        <source>Thư (*.eml)</source>
        <translation>Email (*.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="518"/>
        <source>Đã lưu {path}. Ký số bằng chữ ký của cơ quan trước khi gửi; tệp gửi đơn vị: {name}.</source>
        <translation>Saved {path}. Sign it with the agency&apos;s signature before sending; the file for the unit: {name}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="522"/>
        <source>Đã lưu thư đề nghị chỉnh sửa gửi {unit} ({emails}):
{path}

Mở tệp bằng Outlook hoặc Thunderbird, kiểm tra rồi bấm Gửi.</source>
        <translation>The request for correction to {unit} ({emails}) is saved:
{path}

Open the file with Outlook or Thunderbird, check it, then press Send.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="527"/>
        <source>Đã lưu thư đề nghị chỉnh sửa gửi {unit}:
{path}

Sổ địa chỉ chưa có email của đơn vị này: hãy điền địa chỉ người nhận trong chương trình thư, hoặc thêm vào Sổ địa chỉ rồi lưu lại thư.</source>
        <translation>The request for correction to {unit} is saved:
{path}

The address book has no email for this unit: type the recipient&apos;s address in the mail program, or add it to the address book and save the letter again.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="537"/>
        <source>Thư nhắc</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="542"/>
        <source>Mọi đơn vị đã gửi báo cáo kỳ này.</source>
        <translation>Every unit has sent its report for this period.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="555"/>
        <source>Chưa có email trong sổ địa chỉ ({n}): {names}.</source>
        <translation>No email in the address book ({n}): {names}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="567"/>
        <source>Dự thảo báo cáo Chính phủ</source>
        <translation>Draft report to the Government</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="568"/>
        <source>Văn bản Word (*.docx);;Tệp PDF (*.pdf)</source>
        <translation>Word document (*.docx);;PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="582"/>
        <source>dự thảo báo cáo Chính phủ {period} ({coverage})</source>
        <translation>the draft report to the Government, {period} ({coverage})</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="583"/>
        <source>Dự thảo báo cáo Chính phủ về bảo vệ quyền lợi người tiêu dùng {period}</source>
        <translation>Draft report to the Government on consumer-rights protection, {period}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="586"/>
        <source>Gửi kèm dự thảo báo cáo Chính phủ {period} (bản Word để chỉnh sửa và bản PDF).</source>
        <translation>Attached: the draft report to the Government, {period} (the Word file to edit and the PDF).</translation>
    </message>
</context>
<context>
    <name>DeskReplies</name>
    <message>
        <location filename="../../gui/views/inbox/desk_replies.py" line="51"/>
        <source>Giấy xác nhận đã nhận báo cáo</source>
        <translation>Receipt for a report</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/desk_replies.py" line="53"/>
        <source>Thư mục lưu giấy xác nhận</source>
        <translation>Folder for the receipts</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/desk_replies.py" line="73"/>
        <source>Không có đơn vị nào gửi báo cáo (hoặc bản mới) từ lần lập giấy xác nhận trước.</source>
        <translation>No unit sent a report (or a new version) since the last receipts.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/desk_replies.py" line="79"/>
        <source>Đã lập {count} giấy xác nhận (PDF và thư .eml) trong {folder}.</source>
        <translation>Made {count} receipts (PDF and .eml message) in {folder}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/desk_replies.py" line="92"/>
        <source>Công văn đề nghị chỉnh sửa</source>
        <translation>Letter requesting corrections</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/desk_replies.py" line="98"/>
        <source>Công văn PDF (*.pdf);;Thư kèm công văn (*.eml)</source>
        <translation>Letter PDF (*.pdf);;Message with the letter (*.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/desk_replies.py" line="117"/>
        <source>Đã lưu {path}. Ký số bằng chữ ký của cơ quan trước khi gửi; tệp gửi đơn vị: {name}.</source>
        <translation>Saved {path}. Sign it with the agency&apos;s signature before sending; the file for the unit: {name}.</translation>
    </message>
</context>
<context>
    <name>DocRefField</name>
    <message>
        <location filename="../../gui/views/fields/dates.py" line="133"/>
        <source>Số, ký hiệu (ví dụ 473/KH-UBND)</source>
        <translation>Number and symbol (e.g. 473/KH-UBND)</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/dates.py" line="139"/>
        <source>ngày</source>
        <translation>dated</translation>
    </message>
</context>
<context>
    <name>DraftDoneDialog</name>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="633"/>
        <source>Mở bản &amp;Word</source>
        <translation>Open the &amp;Word file</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/follow_up_pane.py" line="634"/>
        <source>Mở bản &amp;PDF</source>
        <translation>Open the &amp;PDF</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="132"/>
        <source>Đã chuyển “{field}” từ {encoding} sang Unicode.</source>
        <translation>Converted “{field}” from {encoding} to Unicode.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="144"/>
        <location filename="../../gui/views/editor/editing.py" line="174"/>
        <source>Đã lưu lúc {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="146"/>
        <source>Chưa lưu được vào cơ sở dữ liệu; nội dung vẫn còn trên màn hình.</source>
        <translation>Not saved to the database yet; what you typed is still on the screen.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="149"/>
        <source>Có mục nhập chưa đúng: giá trị đó chưa được lưu, hãy sửa theo hướng dẫn.</source>
        <translation>An item is not valid yet: that value is not saved; correct it as explained.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="161"/>
        <source>Không còn thay đổi nào để hoàn tác.</source>
        <translation>There is no change left to undo.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="166"/>
        <source>Đã hoàn tác: {field}</source>
        <translation>Undone: {field}</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="189"/>
        <source>Chưa lưu “{field}”: giá trị nhập chưa đúng.</source>
        <translation>“{field}” not saved: the value is not valid.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="197"/>
        <source>Chưa lưu được “{field}”: {message}
Nội dung bạn nhập vẫn còn trên màn hình và sẽ được lưu lại ở lần nhập tiếp theo hoặc khi nhấn Ctrl+S.</source>
        <translation>“{field}” could not be saved: {message}
What you typed is still on the screen and will be saved with your next edit or when you press Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="202"/>
        <source>Chưa lưu được vào cơ sở dữ liệu: {message}</source>
        <translation>Not saved to the database: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/editing.py" line="207"/>
        <source>Đã lưu lại được mọi thay đổi lúc {time}</source>
        <translation>Every change was saved at {time}</translation>
    </message>
</context>
<context>
    <name>ExportFlow</name>
    <message>
        <location filename="../../gui/views/export_flow.py" line="321"/>
        <source>Chưa xuất được: thay đổi mới nhất chưa lưu được vào cơ sở dữ liệu (xem thông báo phía trên).</source>
        <translation>Not exported: the latest change could not be saved to the database yet (see the message above).</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="341"/>
        <source>Báo cáo đã sửa sau khi ký lúc {time}: tệp đã ký không còn đúng. Hãy xuất lại và ký lại (người có thẩm quyền, rồi văn thư).</source>
        <translation>The report was edited after it was signed at {time}: the signed file is out of date. Export again and sign again (the competent person, then the clerk).</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="362"/>
        <source>Lưu bản dự thảo PDF</source>
        <translation>Save the draft PDF</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="362"/>
        <source>Lưu báo cáo PDF</source>
        <translation>Save the report PDF</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="363"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="365"/>
        <source>Đã hủy xuất PDF.</source>
        <translation>PDF export cancelled.</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="387"/>
        <source>bản dự thảo</source>
        <translation>the draft</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="387"/>
        <source>bản chính thức</source>
        <translation>the final version</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="388"/>
        <source>Đã xuất {kind}: {path}</source>
        <translation>Exported {kind}: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="399"/>
        <source>Chưa xuất được PDF</source>
        <translation>The PDF was not exported</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="402"/>
        <source>Chưa xuất được PDF: {message}</source>
        <translation>The PDF was not exported: {message}</translation>
    </message>
</context>
<context>
    <name>ExportResultDialog</name>
    <message>
        <location filename="../../gui/views/export_flow.py" line="179"/>
        <source>Đã xuất PDF</source>
        <translation>PDF exported</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="173"/>
        <source>bản dự thảo</source>
        <translation>the draft</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="175"/>
        <source>bản chính thức</source>
        <translation>the final version</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="189"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="191"/>
        <source>đã ghi vào lịch sử xuất bản của báo cáo</source>
        <translation>recorded in the report’s export history</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="199"/>
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="226"/>
        <source>Tạo thư nháp có đính kèm tệp PDF (chưa có địa chỉ email của Bộ: Cài đặt › Gửi báo cáo)</source>
        <translation>Create a draft message with the PDF attached (no Ministry e-mail address yet: Settings › Sending)</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="279"/>
        <source>{size} KB · đã ký số</source>
        <translation>{size} KB · digitally signed</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="284"/>
        <source>Mã kiểm tra của tệp (SHA-256), để đối chiếu khi cần: {digest}</source>
        <translation>The file&apos;s checksum (SHA-256), to compare when needed: {digest}</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="298"/>
        <source>Chưa có địa chỉ email nhận báo cáo của Bộ (Cài đặt › Gửi báo cáo): hãy nhập người nhận trong thư.</source>
        <translation>No Ministry e-mail address for reports yet (Settings › Sending): enter the recipient in the message.</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="210"/>
        <source>&amp;Ký số…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="215"/>
        <source>Đã &amp;gửi xong…</source>
        <translation>&amp;Sent it…</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="217"/>
        <source>Bấm sau khi đã gửi tệp cho Bộ: trạng thái báo cáo thành “Đã gửi”</source>
        <translation>Click once the file has been sent to the Ministry: the report&apos;s status becomes “Sent”</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="222"/>
        <source>Thư &amp;nháp (Outlook, Thunderbird)</source>
        <translation>&amp;Draft message (Outlook, Thunderbird)</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="224"/>
        <source>Tạo thư nháp có đính kèm tệp PDF gửi {to}</source>
        <translation>Create a draft email to {to} with the PDF attached</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="268"/>
        <source>người có thẩm quyền</source>
        <translation>the competent person</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="268"/>
        <source>cơ quan, do văn thư ký</source>
        <translation>the agency, applied by the clerk</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="272"/>
        <source>Đã ký số ({role}): {who}.</source>
        <translation>Signed ({role}): {who}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="275"/>
        <source>Tiếp theo: văn thư ký số của cơ quan (Ký số… → Văn thư).</source>
        <translation>Next: the clerk applies the agency’s signature (Sign… → clerk).</translation>
    </message>
    <message>
        <location filename="../../gui/views/export_flow.py" line="289"/>
        <source>{problem} Hãy cài chương trình đọc PDF, hoặc bấm “Mở thư mục” để chép tệp đi. Tệp ở: {path}</source>
        <translation>{problem} Install a PDF reader, or press “Open folder” to copy the file elsewhere. The file is at: {path}</translation>
    </message>
</context>
<context>
    <name>FieldHelp</name>
    <message>
        <location filename="../../gui/views/help_popup.py" line="25"/>
        <source>(bắt buộc)</source>
        <translation>(required)</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_popup.py" line="26"/>
        <source>Cách nhập:</source>
        <translation>How to enter:</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_popup.py" line="27"/>
        <source>Chỉ tiêu:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_popup.py" line="28"/>
        <source>Quy tắc:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_popup.py" line="29"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_popup.py" line="30"/>
        <source>Esc hoặc F1 để đóng.</source>
        <translation>Esc or F1 to close.</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_popup.py" line="31"/>
        <source>Đơn vị: {unit}.</source>
        <translation>Unit: {unit}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_popup.py" line="127"/>
        <source>Ví dụ (trích báo cáo mẫu):</source>
        <translation>Example (from the sample report):</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <location filename="../../gui/views/editor/field_row.py" line="92"/>
        <location filename="../../gui/views/editor/field_row.py" line="182"/>
        <source>Chỉ tiêu: {target}</source>
        <translation>Target: {target}</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/field_row.py" line="111"/>
        <source>Chuyển sang Unicode</source>
        <translation>Convert to Unicode</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/field_row.py" line="113"/>
        <source>Đổi văn bản gõ bằng phông TCVN3 (ABC) hoặc VNI sang Unicode ngay trong ô này</source>
        <translation>Convert text typed in a TCVN3 (ABC) or VNI font to Unicode, right in this box</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/field_row.py" line="184"/>
        <source>Chỉ tiêu: {target} — chưa đạt</source>
        <translation>Target: {target} — not met</translation>
    </message>
</context>
<context>
    <name>FileDoneDialog</name>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="28"/>
        <source>Hệ thống không mở được {path}.</source>
        <translation>The system could not open {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="57"/>
        <source>Đã lưu {what}: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;trong thư mục {folder}</source>
        <translation>Saved the {what}: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;in the folder {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="73"/>
        <source>Mở &amp;tệp</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="74"/>
        <source>Mở thư &amp;mục</source>
        <translation>Open f&amp;older</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="75"/>
        <source>Gửi &amp;email</source>
        <translation>Send by &amp;email</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="76"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="102"/>
        <source>{problem} Hãy cài chương trình phù hợp, hoặc bấm “Mở thư mục” để chép tệp đi. Tệp ở: {path}</source>
        <translation>{problem} Install a suitable program, or press “Open folder” to copy the file elsewhere. The file is at: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="123"/>
        <source>Không mở được thư mục. Tệp ở: {path}</source>
        <translation>Could not open the folder. The file is at: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="131"/>
        <source>Không tạo được thư nháp: {error}</source>
        <translation>Could not write the draft: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="134"/>
        <source>Đã mở thư nháp trong chương trình thư; kiểm tra rồi bấm Gửi.</source>
        <translation>The draft is open in the mail program; check it and press Send.</translation>
    </message>
    <message>
        <location filename="../../gui/views/exported_file_dialog.py" line="138"/>
        <source>Đã tạo thư nháp có đính kèm tệp nhưng không mở được chương trình thư. Hãy mở tệp này bằng Outlook hoặc Thunderbird: {path}</source>
        <translation>A draft with the file attached was written but no mail program opened it. Open this file with Outlook or Thunderbird: {path}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../gui/fileio.py" line="33"/>
        <source>chỉ ghi được vào một tệp thường (tệp mới, hoặc tệp đã có và cho phép ghi), một thiết bị ký tự như /dev/null, hoặc một FIFO (ống có tên)</source>
        <translation>only a regular file (a new one, or an existing one that may be written), a character device such as /dev/null, or a FIFO (named pipe) can be written</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="79"/>
        <source>Không ghi đè được {path}: tệp này chỉ cho phép đọc, ứng dụng không thay nó. Hãy chọn tên tệp khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi thử lại.</source>
        <translation>Could not overwrite {path}: the file is read-only and the app does not replace it. Choose another file name, or clear its read-only attribute and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="93"/>
        <source>Không ghi được {path}: đó là {kind}; {allowed}.</source>
        <translation>Could not write {path}: it is {kind}; {allowed}.</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="125"/>
        <location filename="../../gui/fileio.py" line="146"/>
        <source>Không ghi được tệp {path}: {error}</source>
        <translation>Could not write the file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="164"/>
        <source>Không ghi được {path}: nó vừa bị thay bằng {kind}; hãy thử lại.</source>
        <translation>Could not write {path}: it was just replaced by {kind}; try again.</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="196"/>
        <source>một thư mục</source>
        <translation>a folder</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="198"/>
        <source>một socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="200"/>
        <source>một thiết bị khối (ổ đĩa, phân vùng)</source>
        <translation>a block device (a disk, a partition)</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="202"/>
        <source>một tệp thường</source>
        <translation>a regular file</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="203"/>
        <source>một loại tệp đặc biệt</source>
        <translation>a special file</translation>
    </message>
    <message>
        <location filename="../../gui/fileio.py" line="207"/>
        <source>Không ghi được {path}: {error}</source>
        <translation>Could not write {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/mail.py" line="131"/>
        <source>Địa chỉ email “{address}” (dòng {field} của thư) không hợp lệ: chỉ nhận dạng ten@coquan.gov.vn, không xuống dòng, không mã hóa “=?…?=”. Hãy sửa trong Cài đặt (email nhận báo cáo của Bộ) hoặc sổ địa chỉ rồi làm lại; chưa ghi thư.</source>
        <translation>The e-mail address “{address}” (the message&apos;s {field} line) is not valid: only name@agency.gov.vn, no line breaks, no “=?…?=” encoding. Correct it in Settings (the Ministry&apos;s e-mail for reports) or in the address book and try again; no message was written.</translation>
    </message>
    <message>
        <location filename="../../gui/mail.py" line="146"/>
        <source>{path} không phải là một tệp thường nên không đính kèm được vào thư. Hãy xuất PDF ra một tệp rồi gửi.</source>
        <translation>{path} is not a regular file, so it cannot be attached to a message. Export the PDF to a file and send that.</translation>
    </message>
    <message>
        <location filename="../../gui/mail.py" line="162"/>
        <source>{path} không phải là một tệp thường nên không đính kèm được vào thư.</source>
        <translation>{path} is not a regular file, so it cannot be attached to a message.</translation>
    </message>
    <message>
        <location filename="../../gui/opener.py" line="14"/>
        <source>thư điện tử (.eml)</source>
        <translation>email (.eml)</translation>
    </message>
    <message>
        <location filename="../../gui/opener.py" line="21"/>
        <source>này</source>
        <translation>such</translation>
    </message>
    <message>
        <location filename="../../gui/opener.py" line="23"/>
        <source>Máy này chưa có chương trình mở tệp {kind} (thiếu xdg-open).</source>
        <translation>This computer has no program to open {kind} files (xdg-open is missing).</translation>
    </message>
    <message>
        <location filename="../../gui/opener.py" line="33"/>
        <source>Máy này chưa có chương trình mở tệp {kind}.</source>
        <translation>This computer has no program to open {kind} files.</translation>
    </message>
</context>
<context>
    <name>Finder</name>
    <message>
        <location filename="../../gui/views/editor/finder.py" line="108"/>
        <source>Không tìm thấy mục nào có tên “{text}”.</source>
        <translation>No item is named “{text}”.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="33"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="38"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../gui/views/signature_image.py" line="65"/>
        <source>Chưa chọn ảnh</source>
        <translation>No image chosen</translation>
    </message>
    <message>
        <location filename="../../gui/views/signature_image.py" line="66"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/views/signature_image.py" line="112"/>
        <source>Ảnh PNG hoặc JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../gui/views/signature_image.py" line="142"/>
        <source>{size} điểm ảnh. Ảnh không có nền trong suốt: sẽ che phần văn bản bên dưới (như trong ô này). Phụ lục I, Nghị định 30/2020 yêu cầu ảnh PNG nền trong suốt.</source>
        <translation>{size} pixels. The image has no transparent background: it will cover the text beneath it (as in this box). Annex I of Decree 30/2020 asks for a PNG with a transparent background.</translation>
    </message>
    <message>
        <location filename="../../gui/views/signature_image.py" line="147"/>
        <source>{size} điểm ảnh, nền trong suốt: in ra đúng như trong ô này.</source>
        <translation>{size} pixels, transparent background: prints exactly as in this box.</translation>
    </message>
    <message>
        <location filename="../../gui/views/signature_image.py" line="150"/>
        <source>(không có ảnh)</source>
        <translation>(no image)</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="78"/>
        <source>{name}: sổ địa chỉ phải là tệp .xlsx hoặc .csv.</source>
        <translation>{name}: an address book must be an .xlsx or .csv file.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="87"/>
        <location filename="../../gui/inbox/addressbook.py" line="88"/>
        <source>Không đọc được {path}: {error}</source>
        <translation>Could not read {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="89"/>
        <source>{path}: sổ địa chỉ quá lớn ({size}; tối đa {limit}).</source>
        <translation>{path}: the address book is too large ({size}; at most {limit}).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="90"/>
        <source>{path}: không phải một tệp thông thường (một thiết bị, một ống dẫn…).</source>
        <translation>{path}: not a regular file (a device, a pipe…).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="121"/>
        <source>{name}: không đọc được mã ký tự của tệp (hãy lưu dạng CSV UTF-8 hoặc .xlsx).</source>
        <translation>{name}: the file&apos;s character encoding cannot be read (save it as CSV UTF-8 or .xlsx).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="152"/>
        <source>{name}: tệp Excel này bung ra {size} (tối đa {limit} cho một sổ địa chỉ): không đọc, vì một tệp như vậy làm treo máy. Hãy lưu lại sổ địa chỉ chỉ gồm các dòng cần thiết.</source>
        <translation>{name}: this Excel file unpacks to {size} (at most {limit} for an address book): not read, as such a file would hang the computer. Save the address book again with only the rows needed.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="161"/>
        <source>{name}: không phải tệp Excel .xlsx hợp lệ ({error}).</source>
        <translation>{name}: not a valid Excel .xlsx file ({error}).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="169"/>
        <source>{source}: không tìm thấy dòng tiêu đề có cột &apos;Mã&apos; (hoặc &apos;Đơn vị&apos;) và cột &apos;Email&apos;.</source>
        <translation>{source}: no header row with a column &apos;Mã&apos; (or &apos;Đơn vị&apos;) and a column &apos;Email&apos; was found.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="192"/>
        <source>dòng {number}</source>
        <translation>row {number}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="198"/>
        <source>{where}: không nhận ra đơn vị &apos;{unit}&apos; (mã tỉnh hoặc mã bộ, ngành).</source>
        <translation>{where}: the unit &apos;{unit}&apos; is not recognised (a province&apos;s or a ministry&apos;s code).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="206"/>
        <source>{where}: địa chỉ email &apos;{address}&apos; không hợp lệ (dạng đúng: ten@coquan.gov.vn).</source>
        <translation>{where}: the email address &apos;{address}&apos; is not valid (the right form: name@agency.gov.vn).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="213"/>
        <source>{where}: {unit} chưa có địa chỉ email.</source>
        <translation>{where}: {unit} has no email address.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="221"/>
        <source>{where}: {unit} đã có ở dòng {line}; giữ dòng sau.</source>
        <translation>{where}: {unit} is already on row {line}; the later row is kept.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="250"/>
        <source>Địa chỉ email &apos;{address}&apos; không hợp lệ (dạng đúng: ten@coquan.gov.vn).</source>
        <translation>The email address &apos;{address}&apos; is not valid (the right form: name@agency.gov.vn).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/addressbook.py" line="253"/>
        <source>Chưa có địa chỉ email.</source>
        <translation>No email address yet.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/deadlines.py" line="38"/>
        <source>theo dấu thời gian của chữ ký số</source>
        <translation>by the trusted timestamp of its signature</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/deadlines.py" line="39"/>
        <source>theo thời điểm Bộ nhận tệp</source>
        <translation>by the time the Ministry received the file</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/deadlines.py" line="40"/>
        <source>theo thời điểm ghi trong báo cáo</source>
        <translation>by the time written in the report</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/deadlines.py" line="117"/>
        <source>hạn {day} sớm hơn ngày chốt số liệu của kỳ {period} (số liệu từ {start} đến {end}): hạn gửi phải từ ngày {end} trở đi.</source>
        <translation>the deadline {day} is before the data cut-off of period {period} (data from {start} to {end}): the deadline must be {end} or later.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/deadlines.py" line="141"/>
        <source>Ngày &apos;{text}&apos; không hợp lệ: dùng dạng ngày/tháng/năm, ví dụ 20/12/2025.</source>
        <translation>The date &apos;{text}&apos; is not valid: use day/month/year, e.g. 20/12/2025.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/decisions.py" line="59"/>
        <source>Xung đột số {id} ({unit}, kỳ {period}): bản mới không được tính vào tổng hợp — {reason}. Chỉ nhận bản này khi đã đối chiếu với đơn vị, và chấp nhận nó một cách có chủ ý: «Nhận và chấp nhận» trong cửa sổ, hoặc bvntd inbox resolve {id} --take --accept.</source>
        <translation>Conflict {id} ({unit}, period {period}): the new version would not count in the consolidation — {reason}. Take it only after checking with the unit, and accept it knowingly: &quot;Take and accept&quot; in the window, or bvntd inbox resolve {id} --take --accept.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/decisions.py" line="66"/>
        <source>Chữ ký số của tệp không được lưu cùng xung đột, nên bản này được xét như bản chưa ký; nhập lại tệp sau khi quyết định để chữ ký số được kiểm tra.</source>
        <translation>The file&apos;s digital signatures are not kept with the conflict, so this version is judged as unsigned; import the file again after the decision to have its signatures checked.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/decisions.py" line="91"/>
        <source>Không có xung đột số {id} (xem &apos;bvntd inbox conflicts&apos;).</source>
        <translation>There is no conflict number {id} (see &apos;bvntd inbox conflicts&apos;).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/decisions.py" line="95"/>
        <source>Xung đột số {id} đã được quyết định ({decision}).</source>
        <translation>Conflict number {id} is already decided ({decision}).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/decisions.py" line="109"/>
        <source>Không nhận được báo cáo của xung đột số {id}: {error}</source>
        <translation>The report of conflict number {id} cannot be received: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/decisions.py" line="122"/>
        <source>Nhận theo quyết định về xung đột số {id}.</source>
        <translation>Received by the decision on conflict number {id}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="74"/>
        <source>Lỗi không mong muốn khi nhập tệp này (chi tiết đã ghi vào nhật ký); không có gì của tệp được lưu, các tệp khác vẫn được nhập.</source>
        <translation>An unexpected error while importing this file (the details are in the log); nothing of the file was stored, the other files are still imported.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="94"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="95"/>
        <source>Đã thay bản cũ</source>
        <translation>Replaced the older copy</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="96"/>
        <source>Đã có</source>
        <translation>Already there</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="97"/>
        <source>Lưu bản cũ: đã có bản mới hơn</source>
        <translation>Kept as an earlier version: a newer one is there</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="98"/>
        <source>Xung đột: chờ quyết định</source>
        <translation>Conflict: awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="99"/>
        <source>Từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="100"/>
        <source>Chờ xác nhận: chưa tính vào tổng hợp</source>
        <translation>Waiting for confirmation: not counted</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="101"/>
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="103"/>
        <source>không phải báo cáo PDF/JSON</source>
        <translation>not a PDF/JSON report</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="112"/>
        <location filename="../../gui/store/inbox.py" line="259"/>
        <source>{unit}, kỳ {period}</source>
        <translation>{unit}, period {period}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="171"/>
        <source>{done}/{total} tệp</source>
        <translation>{done}/{total} file(s)</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="173"/>
        <source>{count} tệp</source>
        <translation>{count} file(s)</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="174"/>
        <source> (đã hủy giữa chừng)</source>
        <translation> (cancelled part way)</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="295"/>
        <source>Tệp đòi quá nhiều bộ nhớ để đọc (có thể là tệp độc hại).</source>
        <translation>The file needs too much memory to read (perhaps a malicious file).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="311"/>
        <source>Tệp là liên kết tới {target}.</source>
        <translation>The file is a link to {target}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="318"/>
        <source>Ổ đĩa chứa cơ sở dữ liệu đã đầy: chưa lưu được gì của tệp này. Hãy giải phóng dung lượng rồi nhập lại.</source>
        <translation>The disk holding the database is full: nothing of this file is stored. Free some space and import again.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="323"/>
        <source>Cơ sở dữ liệu đang bận (một cửa sổ hay lệnh khác đang ghi): chưa lưu được gì của tệp này; hãy nhập lại.</source>
        <translation>The database is busy (another window or command is writing): nothing of this file is stored; import again.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="327"/>
        <source>Lỗi cơ sở dữ liệu: {error}.</source>
        <translation>Database error: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="331"/>
        <source>Chưa lưu được gì của tệp này.</source>
        <translation>Nothing of this file is stored.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="493"/>
        <source>Tệp này đã được nhập trước đây; chữ ký số đã được kiểm tra lại.</source>
        <translation>This file was imported before; its digital signatures were verified again.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="495"/>
        <source>Tệp này đã được nhập trước đây.</source>
        <translation>This file was imported before.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="387"/>
        <source>Dữ liệu báo cáo không hợp lệ: {error}</source>
        <translation>The report data is not valid: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="415"/>
        <source> Bản này còn {count} chỗ chưa đạt quy định của mẫu.</source>
        <translation> It still has {count} points that do not meet the template&apos;s rules.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="419"/>
        <source>{what}: đây là bản dự thảo (DỰ THẢO), không được tính vào tổng hợp. Hãy đề nghị đơn vị gửi bản chính thức, hoặc chọn nhận cả bản dự thảo (--accept-drafts) nếu thật cần.</source>
        <translation>{what}: this is a draft (DỰ THẢO), not counted in the consolidation. Ask the unit for the final version, or choose to accept drafts too (--accept-drafts) if really needed.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="497"/>
        <source>{what}: báo cáo này đã có.</source>
        <translation>{what}: this report is already there.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="499"/>
        <source>Chờ xác nhận: {why}.</source>
        <translation>Waiting for confirmation: {why}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="507"/>
        <source>{what}: XUNG ĐỘT — {why} Đã giữ lại để người có thẩm quyền quyết định (inbox conflicts).</source>
        <translation>{what}: CONFLICT — {why} Kept for a person in charge to decide (inbox conflicts).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="572"/>
        <source>{what}: CHỜ XÁC NHẬN — {why}.</source>
        <translation>{what}: WAITING FOR CONFIRMATION — {why}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="579"/>
        <source>{what}: đã có bản cập nhật lúc {time}, mới hơn bản này; bản này được lưu như một phiên bản trước.</source>
        <translation>{what}: the version updated at {time} is already there and newer than this one; this one is kept as an earlier version.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="585"/>
        <source>{what}: thay bản cập nhật lúc {time} (bản cũ vẫn được lưu như một phiên bản trước).</source>
        <translation>{what}: replaces the version updated at {time} (the older one is still kept as an earlier version).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="589"/>
        <source>BẢN DỰ THẢO (nhận theo lựa chọn của người nhập).</source>
        <translation>A DRAFT (accepted as the person importing chose).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="595"/>
        <source>Chưa đạt {count} quy định của mẫu: {problems}.</source>
        <translation>Does not yet meet {count} of the template&apos;s rules: {problems}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="601"/>
        <source>{count} lưu ý: {warnings}.</source>
        <translation>{count} notes: {warnings}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="606"/>
        <source>Mẫu phiên bản {version}: {count} trường không khớp mẫu hiện hành (được giữ lại để xem): {keys}.</source>
        <translation>Template version {version}: {count} fields do not fit the current template (kept to be seen): {keys}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="630"/>
        <source>đã có một báo cáo cùng mã định danh và cùng thời điểm cập nhật ({time}) nhưng nội dung khác.</source>
        <translation>a report with the same identifier and the same update time ({time}) but another content is already there.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="635"/>
        <source>mã định danh của báo cáo này đã thuộc về báo cáo của {unit}.</source>
        <translation>this report&apos;s identifier already belongs to the report of {unit}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="639"/>
        <source>đã có một bản khác của cùng đơn vị, cùng kỳ, cùng thời điểm cập nhật ({time}): không biết bản nào đúng.</source>
        <translation>another version of the same unit, period and update time ({time}) is already there: which one is right is not known.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="684"/>
        <source>thời điểm tạo (created_at)</source>
        <translation>the creation time (created_at)</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="685"/>
        <source>thời điểm cập nhật (updated_at)</source>
        <translation>the update time (updated_at)</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="690"/>
        <source>Tài liệu báo cáo ghi {what} {time}, ở tương lai so với giờ máy này ({now}): không nhận, vì một bản như vậy sẽ chặn mọi bản sửa sau.</source>
        <translation>The report document gives {what} {time}, in the future of this computer&apos;s clock ({now}): not accepted, because such a version would block every later correction.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="705"/>
        <source>Dữ liệu báo cáo không hợp lệ — trường &apos;{key}&apos;: {why}.</source>
        <translation>The report data is not valid — field &apos;{key}&apos;: {why}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="594"/>
        <location filename="../../gui/inbox/importer.py" line="739"/>
        <source>; … và {count} lỗi khác</source>
        <translation>; … and {count} more errors</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="658"/>
        <source>Chữ ký số: {summary}</source>
        <translation>Digital signature: {summary}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="741"/>
        <source>Báo cáo không đạt các quy định của mẫu (như khi xuất bản chính thức), {count} lỗi: {errors}.</source>
        <translation>The report does not meet the template&apos;s rules (as for a final export), {count} errors: {errors}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="753"/>
        <source>Mẫu báo cáo &apos;{id}&apos; (phiên bản {version}) không có trong ứng dụng này.</source>
        <translation>The report template &apos;{id}&apos; (version {version}) is not in this app.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="758"/>
        <source>Báo cáo theo mẫu &apos;{id}&apos;, không phải mẫu đang tổng hợp &apos;{current}&apos;.</source>
        <translation>The report follows the template &apos;{id}&apos;, not the template being consolidated, &apos;{current}&apos;.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="764"/>
        <source>Báo cáo theo mẫu phiên bản {version}, mới hơn ứng dụng này (phiên bản {current}): hãy cập nhật ứng dụng rồi nhập lại.</source>
        <translation>The report follows template version {version}, newer than this app (version {current}): update the app and import again.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="779"/>
        <source>Kỳ báo cáo không hợp lệ: {error}</source>
        <translation>The reporting period is not valid: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="783"/>
        <source>Kỳ báo cáo không hợp lệ: kỳ &apos;{id}&apos; phải là {kind} từ {start} đến {end}, nhưng báo cáo ghi {given_kind} từ {given_start} đến {given_end}.</source>
        <translation>The reporting period is not valid: period &apos;{id}&apos; must be {kind} from {start} to {end}, but the report gives {given_kind} from {given_start} to {given_end}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="799"/>
        <source>Kỳ báo cáo {id} chưa bắt đầu (từ {start}).</source>
        <translation>The reporting period {id} has not begun yet (it starts {start}).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="812"/>
        <source>Mã bộ, ngành &apos;{code}&apos; không có trong danh sách các bộ, cơ quan của ứng dụng.</source>
        <translation>The ministry code &apos;{code}&apos; is not in the app&apos;s list of ministries and agencies.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="820"/>
        <source>Báo cáo ghi mã tỉnh theo danh sách &apos;{given}&apos;, nhưng kỳ kết thúc ngày {end} phải dùng danh sách &apos;{id}&apos; ({name}).</source>
        <translation>The report gives its province code by the list &apos;{given}&apos;, but a period ending {end} must use the list &apos;{id}&apos; ({name}).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="829"/>
        <source>Mã tỉnh &apos;{code}&apos; ({unit}) không có trong danh sách &apos;{id}&apos; ({name}), danh sách áp dụng cho kỳ kết thúc ngày {end}.</source>
        <translation>The province code &apos;{code}&apos; ({unit}) is not in the list &apos;{id}&apos; ({name}), the list for a period ending {end}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="846"/>
        <source>Tài liệu báo cáo không hợp lệ: {what} &apos;{text}&apos; không phải thời điểm ISO 8601.</source>
        <translation>The report document is not valid: {what} &apos;{text}&apos; is not an ISO 8601 time.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/page_check.py" line="120"/>
        <source>Tệp “{name}”: {sentence}</source>
        <translation>File “{name}”: {sentence}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/page_check.py" line="130"/>
        <source>Các trang của tệp không ghi “{unit}” như dữ liệu kèm theo: trang hiển thị một đơn vị khác với dữ liệu. Không nhập; hãy đề nghị đơn vị gửi lại tệp xuất từ ứng dụng.</source>
        <translation>The file&apos;s pages do not name “{unit}” as its attached data does: the pages show another unit than the data. Not imported; ask the unit to send again the file the app exported.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/page_check.py" line="145"/>
        <source>Các trang có {count} chú thích (annotation: {kinds}) vẽ đè lên nội dung. Báo cáo xuất từ ứng dụng không có chú thích nào ngoài ô chữ ký số, nên người đọc tệp có thể thấy những gì khác với số liệu kèm theo. Không nhập; hãy đề nghị đơn vị gửi lại tệp xuất từ ứng dụng.</source>
        <translation>The pages carry {count} annotations ({kinds}) drawn over their content. A report exported by the app has no annotation but its signature fields, so a reader of the file may see something other than the attached figures. Not imported; ask the unit to send the file exported from the app again.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/page_check.py" line="86"/>
        <source> (tệp do phiên bản {made_by} xuất, máy này là {version})</source>
        <translation> (the file was exported by version {made_by}, this computer has {version})</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/page_check.py" line="89"/>
        <source>Nội dung các trang khác với dữ liệu kèm theo{other}: số liệu được nhập theo dữ liệu kèm theo; hãy đối chiếu với văn bản trước khi dùng.</source>
        <translation>The pages differ from the attached data{other}: the figures are imported from the attached data; compare them with the document before using them.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/review.py" line="141"/>
        <source>{unit} chưa gửi báo cáo kỳ {period}: chưa có gì để xem xét.</source>
        <translation>{unit} has not sent its report for period {period}: nothing to review yet.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/review.py" line="146"/>
        <source>Cần chỉnh sửa: hãy ghi ít nhất một ý kiến (chung hoặc cho một trường).</source>
        <translation>Needs correction: write at least one comment (general, or on a field).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/review.py" line="151"/>
        <source>Ý kiến cho trường &apos;{key}&apos;: mẫu báo cáo không có trường này.</source>
        <translation>Comment on field &apos;{key}&apos;: the report template has no such field.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/review.py" line="156"/>
        <source>Ý kiến cho trường &apos;{key}&apos; đang trống.</source>
        <translation>The comment on field &apos;{key}&apos; is empty.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="70"/>
        <source>Không tìm thấy tệp.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="71"/>
        <source>Đây là một thư mục, không phải tệp.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="72"/>
        <source>Không phải tệp thông thường.</source>
        <translation>Not a regular file.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="73"/>
        <source>Tệp rỗng (0 byte).</source>
        <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="75"/>
        <source>Tệp quá lớn ({size}; tối đa {limit}): không phải một báo cáo.</source>
        <translation>The file is too large ({size}; at most {limit}): not a report.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="76"/>
        <source>Tệp quá lớn (hơn {limit}): không phải một báo cáo.</source>
        <translation>The file is too large (over {limit}): not a report.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="74"/>
        <source>Không đọc được tệp: {error}.</source>
        <translation>Could not read the file: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="121"/>
        <source>Không phải tệp PDF: nội dung tệp không phải một văn bản PDF (có thể tệp bị hỏng hoặc bị đổi phần mở rộng).</source>
        <translation>Not a PDF: the file&apos;s content is not a PDF document (the file may be damaged or renamed with another extension).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/sources.py" line="127"/>
        <source>Không phải tệp PDF hay tài liệu báo cáo JSON.</source>
        <translation>Neither a PDF nor a JSON report document.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/versions.py" line="68"/>
        <source>không có trong mẫu hiện hành</source>
        <translation>not in the current template</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/versions.py" line="75"/>
        <source>mẫu hiện hành tự tính trường này</source>
        <translation>the current template computes this field</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/versions.py" line="90"/>
        <source>bảng không đọc được theo mẫu hiện hành</source>
        <translation>the table cannot be read by the current template</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/versions.py" line="110"/>
        <source>lựa chọn không có trong danh sách của mẫu hiện hành</source>
        <translation>a choice not in the current template&apos;s list</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/versions.py" line="114"/>
        <source>kiểu khác: {old} → {new}</source>
        <translation>another kind: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/versions.py" line="143"/>
        <source>cột không có trong mẫu hiện hành</source>
        <translation>a column not in the current template</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="50"/>
        <source>Thay đổi lớn so với kỳ trước</source>
        <translation>Large change from the previous period</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="51"/>
        <source>Khác thường so với các đơn vị khác</source>
        <translation>Unusual against the other units</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="53"/>
        <source>Tỷ lệ trên 100%</source>
        <translation>Rate over 100%</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="54"/>
        <source>Phần lớn hơn tổng</source>
        <translation>Part larger than the total</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="48"/>
        <source>Vượt mức hợp lý</source>
        <translation>Above a plausible figure</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="49"/>
        <source>Tỷ số vượt mức hợp lý</source>
        <translation>Ratio above a plausible figure</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="52"/>
        <source>Cao hơn hẳn các đơn vị khác</source>
        <translation>Far above the other units</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="132"/>
        <source>{fields} chỉ tiêu và {ratios} tỷ số so với mức hợp lý mẫu báo cáo nêu</source>
        <translation>{fields} indicators and {ratios} ratios against the plausible ceilings the template states</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="140"/>
        <source>không chạy: kỳ {period} không có kỳ trước để so sánh</source>
        <translation>not run: period {period} has no earlier period to compare with</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="143"/>
        <source>không chạy: chưa đơn vị nào có báo cáo kỳ {previous} theo cùng danh sách tỉnh để so sánh</source>
        <translation>not run: no unit has a {previous} report on the same list of provinces to compare with</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="148"/>
        <source>{n} đơn vị so với báo cáo kỳ {previous} của chính đơn vị đó</source>
        <translation>{n} units compared with their own {previous} report</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="154"/>
        <source>so sánh giữa {n} địa phương (và giữa các bộ, ngành khi đủ {min})</source>
        <translation>{n} provinces compared with each other (and the ministries, when there are {min})</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="159"/>
        <source>không chạy: so sánh giữa các đơn vị cần ít nhất {min} đơn vị báo cáo (hiện có {n}); thay bằng so sánh với đơn vị cao tiếp theo (gấp hơn {factor} lần)</source>
        <translation>not run: comparing units needs at least {min} reports (there are {n}); each figure is compared with the next highest unit&apos;s instead (more than {factor} times)</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="165"/>
        <source>tỷ lệ trên 100% và phần lớn hơn tổng</source>
        <translation>rates above 100% and parts above their whole</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="195"/>
        <source>; các đơn vị khác báo cáo 0</source>
        <translation>; the other units report 0</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="198"/>
        <source>; cao gấp {times} lần {unit} ({theirs}), đơn vị cao tiếp theo</source>
        <translation>; {times} times {unit} ({theirs}), the next highest unit</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="213"/>
        <source>{value}, trong khi mẫu báo cáo coi tối đa {ceiling} là hợp lý{beside}</source>
        <translation>{value}, while the template holds at most {ceiling} plausible{beside}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="228"/>
        <source>{label}: {value} {unit} ({top} / {bottom}), trong khi mẫu báo cáo coi tối đa {ceiling} {unit} là hợp lý</source>
        <translation>{label}: {value} {unit} ({top} / {bottom}), while the template holds at most {ceiling} {unit} plausible</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="265"/>
        <source>{value} — trong khi mức giữa của {count} đơn vị là 0</source>
        <translation>{value} — while the median of {count} units is 0</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="267"/>
        <source>{value} — cao gấp {times} lần mức giữa của {count} đơn vị ({typical})</source>
        <translation>{value} — {times} times the median of {count} units ({typical})</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="269"/>
        <source>{value} — trong khi mức giữa của {count} đơn vị là {typical}</source>
        <translation>{value} — while the median of {count} units is {typical}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="271"/>
        <source>{value} — chỉ bằng 1/{times} mức giữa của {count} đơn vị ({typical})</source>
        <translation>{value} — only 1/{times} of the median of {count} units ({typical})</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="293"/>
        <source>{value} — cao gấp {times} lần {unit} ({theirs}), đơn vị cao tiếp theo</source>
        <translation>{value} — {times} times {unit} ({theirs}), the next highest unit</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="295"/>
        <source>{value} — trong khi các đơn vị khác báo cáo 0</source>
        <translation>{value} — while the other units report 0</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="354"/>
        <source>các phần cộng lại {sum} &gt; tổng {total}</source>
        <translation>the parts add up to {sum} &gt; the total {total}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="373"/>
        <source>tăng</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="373"/>
        <source>giảm</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="375"/>
        <source>{ratio} lần</source>
        <translation>{ratio} times</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="377"/>
        <source>từ 0</source>
        <translation>from 0</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="379"/>
        <source>về 0</source>
        <translation>to 0</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/quality.py" line="380"/>
        <source>{now}, kỳ trước {then}: {change} {times}</source>
        <translation>{now}, previous period {then}: {change} {times}</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/answers.py" line="31"/>
        <source>đã sửa</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/answers.py" line="31"/>
        <source>chưa sửa</source>
        <translation>not corrected</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/answers.py" line="50"/>
        <source>Công văn {cited}: chưa nhận bản sửa.</source>
        <translation>Letter {cited}: no corrected version received yet.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/answers.py" line="52"/>
        <source>bản sửa theo công văn {cited}</source>
        <translation>the version corrected as letter {cited} asked</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/answers.py" line="54"/>
        <source>bản mới (không ghi theo công văn {cited})</source>
        <translation>a new version (not citing letter {cited})</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/answers.py" line="56"/>
        <source>Đã nhận {link}: {done}/{total} ý kiến đã sửa.</source>
        <translation>Received {link}: {done}/{total} comments corrected.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/answers.py" line="73"/>
        <source>(chưa lập công văn)</source>
        <translation>(no letter made yet)</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/correction_letter.py" line="73"/>
        <source>{unit}: chưa có ý kiến đề nghị chỉnh sửa nào để gửi.</source>
        <translation>{unit}: no requested corrections to send yet.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/correction_letter.py" line="80"/>
        <source>{unit}: không tìm thấy phiên bản báo cáo đã nhận xét (có thể đã bị xóa).</source>
        <translation>{unit}: the version commented on cannot be found (it may have been deleted).</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/receipt.py" line="88"/>
        <source>{unit}: báo cáo không được nhập qua hộp thư, không lập được giấy xác nhận.</source>
        <translation>{unit}: the report did not come through the inbox; no receipt can be made.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/counting.py" line="22"/>
        <source>chữ ký số chưa tin cậy (xem cột Chữ ký số): chờ người kiểm tra xác nhận trước khi tính vào tổng hợp</source>
        <translation>digital signature not trusted (see the Digital signature column): waiting for a reviewer to confirm before it is counted</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/counting.py" line="25"/>
        <source>chưa đủ hai chữ ký số theo thứ tự (người có thẩm quyền, rồi cơ quan): chờ người kiểm tra xác nhận trước khi tính vào tổng hợp</source>
        <translation>not both digital signatures in order (the competent person&apos;s, then the agency&apos;s): waiting for a reviewer to confirm before it is counted</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/counting.py" line="30"/>
        <source>bản chưa ký số không thay được bản đã ký số đang được tính: chờ người kiểm tra xác nhận trước khi tính vào tổng hợp</source>
        <translation>an unsigned version cannot replace the signed version being counted: waiting for a reviewer to confirm before it is counted</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/counting.py" line="35"/>
        <source>chưa ký số trong khi Bộ yêu cầu chữ ký số: chờ người kiểm tra xác nhận trước khi tính vào tổng hợp</source>
        <translation>not signed while the Ministry requires digital signatures: waiting for a reviewer to confirm before it is counted</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="88"/>
        <source>Nhập tệp…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="89"/>
        <source>Nhập thư mục…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="91"/>
        <source>Nhận cả bản dự thảo</source>
        <translation>Accept drafts too</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="93"/>
        <source>Bản dự thảo (DỰ THẢO) bị từ chối trừ khi chọn ô này; khi nhận, báo cáo được ghi rõ là dự thảo.</source>
        <translation>Drafts (DỰ THẢO) are refused unless this is ticked; when accepted, the report is marked as a draft.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="97"/>
        <location filename="../../gui/views/inbox/widget.py" line="454"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="98"/>
        <location filename="../../gui/views/inbox/widget.py" line="460"/>
        <source>Xuất PDF tổng hợp</source>
        <translation>Export the summary PDF</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="105"/>
        <source>← Báo cáo của đơn vị</source>
        <translation>← Own reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="106"/>
        <source>Quay lại danh sách báo cáo của đơn vị (Alt+←)</source>
        <translation>Back to the unit&apos;s own reports (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="108"/>
        <source>Tổng hợp báo cáo của các địa phương, bộ, ngành</source>
        <translation>Reports received from provinces, ministries and agencies</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="118"/>
        <location filename="../../gui/views/inbox/widget.py" line="330"/>
        <source>Nạp chứng thư gốc…</source>
        <translation>Load root certificate…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="120"/>
        <source>Nạp chứng thư gốc, trung gian hoặc CRL để xác minh chữ ký số (thẻ Chứng thư số)</source>
        <translation>Load root or intermediate certificates or CRLs to verify digital signatures (Certificates tab)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="125"/>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="135"/>
        <source>Kéo thả tệp PDF, tệp JSON hoặc thư mục vào đây để nhập báo cáo của các địa phương.</source>
        <translation>Drop PDF files, JSON files or folders here to import the reports of the provinces.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="172"/>
        <source>Kết quả nhập</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="178"/>
        <source>Tình hình báo cáo</source>
        <translation>Who has reported</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="179"/>
        <source>Chỉ tiêu</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="180"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="186"/>
        <source>Bàn làm việc của Bộ</source>
        <translation>Ministry&apos;s desk</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="191"/>
        <source>Chứng thư số</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="195"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="259"/>
        <source>Chọn báo cáo cần nhập</source>
        <translation>Choose the reports to import</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="259"/>
        <source>Báo cáo (*.pdf *.json);;Mọi tệp (*)</source>
        <translation>Reports (*.pdf *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="265"/>
        <source>Chọn thư mục chứa báo cáo</source>
        <translation>Choose the folder that holds the reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="274"/>
        <source>Đang nhập báo cáo…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="274"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="275"/>
        <location filename="../../gui/views/inbox/widget.py" line="339"/>
        <source>Nhập báo cáo</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="309"/>
        <source>Đang đọc {name} ({done}/{total})</source>
        <translation>Reading {name} ({done}/{total})</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="328"/>
        <source>chưa nạp chứng thư gốc nào, nên chưa chữ ký số nào tin cậy: </source>
        <translation>no root certificate loaded yet, so no digital signature is trusted: </translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="343"/>
        <source>Không nhập được: {message}</source>
        <translation>Import failed: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="369"/>
        <source>{done}/{total} tệp</source>
        <translation>{done}/{total} files</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="371"/>
        <source>(đã hủy giữa chừng)</source>
        <translation>(cancelled part way)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="381"/>
        <source>{period} — {count} báo cáo</source>
        <translation>{period} — {count} report(s)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="181"/>
        <location filename="../../gui/views/inbox/widget.py" line="414"/>
        <source>Số liệu ngoài mẫu</source>
        <translation>Data outside the template</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="414"/>
        <source>Số liệu ngoài mẫu ({n})</source>
        <translation>Data outside the template ({n})</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="425"/>
        <source>Chưa có báo cáo nào được nhập.</source>
        <translation>No reports have been imported yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="427"/>
        <source>{n}/{of} địa phương đã gửi báo cáo</source>
        <translation>{n}/{of} provinces have reported</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="428"/>
        <source>{x}/{y} địa phương đã ban hành Kế hoạch</source>
        <translation>{x}/{y} provinces have issued their Plan</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="433"/>
        <source>{n} bộ, ngành đã gửi báo cáo</source>
        <translation>{n} ministries and agencies have reported</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="434"/>
        <source>cả nước</source>
        <translation>nationwide</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="441"/>
        <source>{n} yêu cầu, khiếu nại đã tiếp nhận</source>
        <translation>{n} requests and complaints received</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="454"/>
        <source>Sổ tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="460"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="467"/>
        <source>Xuất tệp</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="469"/>
        <source>Đã ghi {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="481"/>
        <source>bảng tổng hợp Excel</source>
        <translation>Excel consolidation</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="481"/>
        <source>báo cáo tổng hợp PDF</source>
        <translation>summary PDF</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="484"/>
        <source>Đã xuất Excel</source>
        <translation>Excel exported</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="484"/>
        <source>Đã xuất PDF tổng hợp</source>
        <translation>Summary PDF exported</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="486"/>
        <source>Tổng hợp báo cáo bảo vệ quyền lợi người tiêu dùng {period}</source>
        <translation>Consolidated consumer-protection reports {period}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/widget.py" line="487"/>
        <source>Gửi kèm {what} {period} ({name}).</source>
        <translation>Attached: the {what} {period} ({name}).</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="51"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="60"/>
        <source>Về danh sách báo cáo</source>
        <translation>Back to the report list</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="61"/>
        <source>Đóng ô tìm, bảng kiểm tra hoặc xem trước</source>
        <translation>Close the find box, the check panel or the preview</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="63"/>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="63"/>
        <source>Phím</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="72"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="89"/>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="90"/>
        <source>Xem trước bản in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="91"/>
        <source>Kiểm tra báo cáo</source>
        <translation>Check the report</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="92"/>
        <source>Hướng dẫn cho mục đang nhập</source>
        <translation>Help for the current item</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="93"/>
        <source>Thêm dòng vào bảng</source>
        <translation>Add a row to the table</translation>
    </message>
    <message>
        <location filename="../../gui/views/help_dialogs.py" line="94"/>
        <source>Xóa dòng đang chọn của bảng</source>
        <translation>Delete the table&apos;s selected row</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../gui/core/kinds/base.py" line="94"/>
        <source>{label}: cần nhập văn bản.</source>
        <translation>{label}: text expected.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/base.py" line="98"/>
        <source>{label}: được tính tự động, không nhập tay.</source>
        <translation>{label}: computed, not typed.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/base.py" line="115"/>
        <source>{label}: không phải bảng.</source>
        <translation>{label}: not a table.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/base.py" line="167"/>
        <source>{label}: nội dung nhập vào dài {length} ký tự, vượt giới hạn {limit} ký tự. Không có gì bị cắt bớt: hãy rút gọn rồi nhập lại.</source>
        <translation>{label}: the input is {length} characters long, over the limit of {limit}. Nothing was cut: shorten it and enter it again.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/choice.py" line="40"/>
        <source>{label}: “{value}” không có trong danh sách; chọn một trong: {allowed}.</source>
        <translation>{label}: “{value}” is not in the list; choose one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/choice.py" line="59"/>
        <source>“{value}” không có trong danh sách; chọn một trong: {allowed}.</source>
        <translation>“{value}” is not in the list; choose one of: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="49"/>
        <source>{label}: “{text}” không phải ngày; nhập theo dạng ngày/tháng/năm, ví dụ 15/7/2020.</source>
        <translation>{label}: “{text}” is not a date; type day/month/year, e.g. 15/7/2020.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="57"/>
        <source>{label}: năm “{year}” phải viết đủ 4 chữ số, ví dụ 15/7/2020.</source>
        <translation>{label}: write the year “{year}” with 4 digits, e.g. 15/7/2020.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="64"/>
        <source>{label}: “{text}” không phải ngày có thật (tháng phải từ 1 đến 12).</source>
        <translation>{label}: “{text}” is not a real date (the month must be 1 to 12).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="72"/>
        <source>{label}: ngày {date} không có thật (tháng {month} năm {year} có {last} ngày).</source>
        <translation>{label}: {date} does not exist (month {month} of {year} has {last} days).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="110"/>
        <source>ngày {day} ở quá xa trong tương lai; kiểm tra lại năm.</source>
        <translation>{day} is far in the future; check the year.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="116"/>
        <source>ngày {day} không hợp lý; kiểm tra lại năm.</source>
        <translation>{day} is implausible; check the year.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="122"/>
        <source>ngày {day} nằm ngoài kỳ báo cáo ({start} – {end}).</source>
        <translation>{day} is outside the reporting period ({start} – {end}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="131"/>
        <source>ngày {day} sau ngày kết thúc kỳ báo cáo ({end}).</source>
        <translation>{day} is after the end of the reporting period ({end}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="140"/>
        <source>ngày {day} sau ngày báo cáo ({report}).</source>
        <translation>{day} is after the report date ({report}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="171"/>
        <location filename="../../gui/core/kinds/dates.py" line="264"/>
        <source>“{value}” không phải ngày hợp lệ.</source>
        <translation>“{value}” is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="210"/>
        <source>{label}: cần số, ký hiệu và ngày ban hành.</source>
        <translation>{label}: number and date expected.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="220"/>
        <source>{label}: số, ký hiệu dài {length} ký tự, vượt giới hạn {limit} ký tự.</source>
        <translation>{label}: the number is {length} characters long, over {limit}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="231"/>
        <source>{label} (ngày ban hành)</source>
        <translation>{label} (date)</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="252"/>
        <source>cần số, ký hiệu và ngày ban hành.</source>
        <translation>number and date expected.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="256"/>
        <source>số, ký hiệu phải là văn bản.</source>
        <translation>the number must be text.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="270"/>
        <source>thiếu số, ký hiệu văn bản (đã có ngày {day}).</source>
        <translation>the document number is missing (the date {day} is given).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="277"/>
        <source>thiếu ngày ban hành của văn bản “{number}”.</source>
        <translation>the date of document “{number}” is missing.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="283"/>
        <source>số, ký hiệu “{number}” chưa đúng dạng (ví dụ 125/KH-UBND).</source>
        <translation>the number “{number}” does not look like one (e.g. 125/KH-UBND).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/dates.py" line="293"/>
        <source>số, ký hiệu dài {length} ký tự, tối đa {limit} ký tự.</source>
        <translation>the number is {length} characters long, at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="59"/>
        <location filename="../../gui/core/kinds/numbers.py" line="60"/>
        <source>số nguyên</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="71"/>
        <source>{label}: “{text}” quá lớn (tối đa {digits} chữ số).</source>
        <translation>{label}: “{text}” is too large (at most {digits} digits).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="77"/>
        <source>{label}: “{text}” không phải {what}. Nhập chữ số, có thể nhóm hàng nghìn bằng dấu chấm (ví dụ 1.234.567).</source>
        <translation>{label}: “{text}” is not {what}. Type digits, thousands may be grouped (1.234.567).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="86"/>
        <source>{label}: không được là số âm (đã nhập {number}).</source>
        <translation>{label}: may not be negative ({number} was entered).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="119"/>
        <source>phải là {what} không nhỏ hơn {low}{unit}.</source>
        <translation>must be {what} of at least {low}{unit}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="122"/>
        <source>phải là {what} từ {low} đến {high}{unit}.</source>
        <translation>must be {what} from {low} to {high}{unit}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="130"/>
        <source>số tiền (đồng)</source>
        <translation>an amount in VND</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="131"/>
        <source>số tiền</source>
        <translation>an amount</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="132"/>
        <source> đồng</source>
        <translation> VND</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="149"/>
        <source>{label}: “{text}” không phải một số; phần thập phân viết sau dấu phẩy (ví dụ 83,5).</source>
        <translation>{label}: “{text}” is not a number; decimals after a comma (83,5).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="157"/>
        <source>{label}: “{text}” nằm ngoài khoảng số dùng được.</source>
        <translation>{label}: “{text}” is out of range.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="171"/>
        <source>phải là một số.</source>
        <translation>must be a number.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="177"/>
        <source>phải từ {low} đến {high}.</source>
        <translation>must be from {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="186"/>
        <source>phải không nhỏ hơn {low}.</source>
        <translation>must be at least {low}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/numbers.py" line="193"/>
        <source>phải không lớn hơn {high}.</source>
        <translation>must be at most {high}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="26"/>
        <source>{label}: dán bảng bằng parse_rows, không nhập vào một ô.</source>
        <translation>{label}: use parse_rows for a table.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="48"/>
        <source>{label}, dòng {row}: có {cells} ô, bảng chỉ có {columns} cột.</source>
        <translation>{label}, row {row}: {cells} cells, the table has {columns} columns.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="60"/>
        <source>{label}, dòng {row}, cột {message}</source>
        <translation>{label}, row {row}, column {message}</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="70"/>
        <source>{label}: bảng có tối đa {rows} dòng, đoạn dán vào nhiều hơn.</source>
        <translation>{label}: at most {rows} rows; the paste has more.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="103"/>
        <source>cần danh sách các dòng.</source>
        <translation>a list of rows expected.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="108"/>
        <source>có {count} dòng, tối đa {limit} dòng.</source>
        <translation>{count} rows, at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="118"/>
        <source>cần ít nhất {least} dòng (đang có {count}).</source>
        <translation>at least {least} rows needed ({count} now).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="128"/>
        <source>{label}, dòng {row}</source>
        <translation>{label}, row {row}</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="131"/>
        <source>cần một dòng gồm các cột.</source>
        <translation>a row of columns expected.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="137"/>
        <source>cột không có trong mẫu: {columns}.</source>
        <translation>columns not in the template: {columns}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="144"/>
        <source>dòng trống; nhập nội dung hoặc xóa dòng này.</source>
        <translation>empty row; fill it in or delete it.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="153"/>
        <source>{label}, dòng {row}, cột “{column}”</source>
        <translation>{label}, row {row}, column “{column}”</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/table.py" line="162"/>
        <source>chưa nhập (bắt buộc).</source>
        <translation>missing (required).</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/text.py" line="30"/>
        <source>phải là văn bản.</source>
        <translation>must be text.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/text.py" line="36"/>
        <source>dài {length} ký tự, tối đa {limit} ký tự.</source>
        <translation>{length} characters long, at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/yesno.py" line="38"/>
        <source>{label}: “{text}” không rõ; chọn Có hoặc Không.</source>
        <translation>{label}: “{text}” is unclear; choose Yes or No.</translation>
    </message>
    <message>
        <location filename="../../gui/core/kinds/yesno.py" line="53"/>
        <source>phải chọn Có hoặc Không.</source>
        <translation>must be Yes or No.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/views/main_window.py" line="107"/>
        <location filename="../../gui/views/main_window.py" line="113"/>
        <location filename="../../gui/views/main_window.py" line="174"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="112"/>
        <source>Báo cáo của đơn vị</source>
        <translation>The unit’s reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="69"/>
        <source>Báo cáo &amp;mới…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="72"/>
        <source>Tạo báo cáo cho một kỳ</source>
        <translation>Create a report for a period</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="78"/>
        <source>&amp;Mở</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="81"/>
        <source>Mở báo cáo đang chọn để nhập</source>
        <translation>Open the selected report to fill it in</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="87"/>
        <source>&amp;Nhân bản sang kỳ khác…</source>
        <translation>D&amp;uplicate to another period…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="90"/>
        <source>Tạo báo cáo kỳ mới từ báo cáo đang chọn</source>
        <translation>Create a report for a new period from the selected one</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="96"/>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="99"/>
        <source>Chuyển báo cáo vào thùng rác</source>
        <translation>Move the report to the trash</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="123"/>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="125"/>
        <source>Đưa báo cáo ra khỏi thùng rác</source>
        <translation>Take the report out of the trash</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="113"/>
        <source>&amp;Thùng rác</source>
        <translation>&amp;Trash</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="115"/>
        <source>Xem các báo cáo đã xóa</source>
        <translation>See the deleted reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="185"/>
        <source>&amp;Hồ sơ cơ quan…</source>
        <translation>Agency &amp;profile…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="187"/>
        <source>Đơn vị, người ký, nơi nhận mặc định</source>
        <translation>Unit, signer, default recipients</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="194"/>
        <source>&amp;Cài đặt…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="197"/>
        <source>Hồ sơ cơ quan, gửi báo cáo, ngôn ngữ, sao lưu</source>
        <translation>Agency profile, sending, language, backups</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="133"/>
        <source>&amp;Lưu báo cáo thành tệp…</source>
        <translation>&amp;Save report as a file…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="136"/>
        <source>Ghi báo cáo đang chọn ra một tệp JSON để chuyển sang máy khác</source>
        <translation>Write the selected report to a JSON file, to move it to another PC</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="143"/>
        <source>Mở &amp;báo cáo từ tệp…</source>
        <translation>Open report from a f&amp;ile…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="146"/>
        <source>Thêm một báo cáo từ tệp JSON đã lưu trên máy khác</source>
        <translation>Add a report from a JSON file saved on another PC</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="168"/>
        <source>Mở &amp;cơ sở dữ liệu khác…</source>
        <translation>Open another data&amp;base…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="170"/>
        <source>Làm việc với một tệp dữ liệu khác</source>
        <translation>Work with another data file</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="177"/>
        <source>Khôi phục từ &amp;bản sao lưu…</source>
        <translation>Restore from a &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="179"/>
        <source>Đưa dữ liệu về một bản sao lưu tự động</source>
        <translation>Bring the data back to an automatic backup</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="203"/>
        <source>&amp;Thoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="212"/>
        <source>&amp;Lưu ngay</source>
        <translation>Save &amp;now</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="215"/>
        <source>Lưu mọi thay đổi ngay</source>
        <translation>Save every change now</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="221"/>
        <source>&amp;Hoàn tác lần lưu gần nhất</source>
        <translation>&amp;Undo the last save</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="224"/>
        <source>Trả lại giá trị trước của lần sửa gần nhất, kể cả sau khi mở lại</source>
        <translation>Put back the value before the last edit, even after a restart</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="230"/>
        <source>&amp;Tìm mục cần điền…</source>
        <translation>&amp;Find an item…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="233"/>
        <source>Tìm một mục của báo cáo theo tên</source>
        <translation>Find an item of the report by its name</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="328"/>
        <source>Tổng hợp (Bộ Công Thương)</source>
        <translation>Consolidation (Ministry of Industry and Trade)</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="239"/>
        <source>&amp;Về danh sách</source>
        <translation>Back to the &amp;list</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="106"/>
        <source>&amp;Ký số…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="108"/>
        <source>Ký số bản PDF chính thức xuất gần nhất của báo cáo (người có thẩm quyền, rồi văn thư)</source>
        <translation>Digitally sign the report&apos;s last final PDF export (the competent person, then the clerk)</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="152"/>
        <source>Ký số tệp &amp;PDF…</source>
        <translation>Sign a &amp;PDF file…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="154"/>
        <source>Ký số một tệp PDF báo cáo xuất từ ứng dụng này, kể cả tệp nhận từ máy khác</source>
        <translation>Digitally sign a report PDF exported by this application, also one brought from another PC</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="160"/>
        <source>Mở văn bản của &amp;Bộ…</source>
        <translation>Open a document of the &amp;Ministry…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="162"/>
        <source>Giấy xác nhận đã nhận hoặc công văn đề nghị chỉnh sửa của Bộ Công Thương (tệp PDF)</source>
        <translation>The Ministry of Industry and Trade&apos;s receipt or letter requesting corrections (PDF file)</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="242"/>
        <source>Quay lại danh sách báo cáo</source>
        <translation>Back to the list of reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="249"/>
        <source>&amp;Báo cáo của đơn vị</source>
        <translation>The unit’s &amp;reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="252"/>
        <source>Danh sách báo cáo của đơn vị</source>
        <translation>The list of the unit’s reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="258"/>
        <source>&amp;Tổng hợp (Bộ Công Thương)</source>
        <translation>&amp;Consolidation (Ministry of Industry and Trade)</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="261"/>
        <source>Nhập và tổng hợp báo cáo nhận từ các địa phương, bộ, ngành</source>
        <translation>Import and consolidate the reports received from provinces, ministries and agencies</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="268"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="271"/>
        <source>Cách lập, kiểm tra, xuất và gửi báo cáo</source>
        <translation>How to fill in, check, export and send a report</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="276"/>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="278"/>
        <source>Danh sách các phím tắt của ứng dụng</source>
        <translation>The list of the app&apos;s keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="283"/>
        <source>&amp;Giới thiệu…</source>
        <translation>&amp;About…</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="285"/>
        <source>Phiên bản, thư mục dữ liệu</source>
        <translation>Version, data folders</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="293"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="294"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="295"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="296"/>
        <source>&amp;Báo cáo</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="297"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/views/window_actions.py" line="334"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="175"/>
        <source>Đã mở dữ liệu.</source>
        <translation>Data opened.</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="229"/>
        <source>Hãy khôi phục báo cáo trước khi mở.</source>
        <translation>Restore the report before opening it.</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="244"/>
        <source>Chỉ xem</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="244"/>
        <source>Tự động lưu khi nhập</source>
        <translation>Saved as you type</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="242"/>
        <source>Đã lưu cài đặt. Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
        <translation>Settings saved. The new language applies the next time the app is started.</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="246"/>
        <source>Đã lưu cài đặt.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="442"/>
        <source>Chưa lưu được</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../gui/views/main_window.py" line="443"/>
        <source>Không lưu được thay đổi cuối cùng. Chi tiết đã được ghi vào nhật ký.</source>
        <translation>The last change could not be saved. The details were written to the log.</translation>
    </message>
</context>
<context>
    <name>MinistryCertificateRow</name>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="202"/>
        <source>Nạp chứng thư số của Bộ…</source>
        <translation>Load the Ministry&apos;s certificate…</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="225"/>
        <source>Chưa nạp: giấy xác nhận và công văn của Bộ sẽ hiện “chưa xác minh”.</source>
        <translation>Not loaded: the Ministry&apos;s receipts and letters will show as “not verified”.</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="234"/>
        <source>Chứng thư số của Bộ Công Thương</source>
        <translation>The Ministry of Industry and Trade&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="236"/>
        <source>Chứng thư số (*.cer *.crt *.pem *.der);;Mọi tệp (*)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MinistryComments</name>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="110"/>
        <source>Công văn {cited} của Bộ Công Thương</source>
        <translation>Letter {cited} of the Ministry of Industry and Trade</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="112"/>
        <source>; hạn gửi bản đã sửa: {day}</source>
        <translation>; corrected report due: {day}</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="119"/>
        <source>Ý kiến chung: {text}</source>
        <translation>General comment: {text}</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="123"/>
        <source>Chưa xác minh được văn bản này là của Bộ Công Thương (chưa ký số, hoặc ký bằng chứng thư số khác với chứng thư của Bộ đã nạp trong Cài đặt). Hãy đối chiếu với Bộ trước khi sửa; ứng dụng không tự thay đổi giá trị nào.</source>
        <translation>This document is not verified as the Ministry of Industry and Trade&apos;s (not signed, or signed with another certificate than the Ministry&apos;s loaded in Settings). Check with the Ministry before changing anything; the app changes no value by itself.</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="141"/>
        <source>Ý kiến của Bộ: {comment} (Bộ đã nhận: {value})</source>
        <translation>The Ministry&apos;s comment: {comment} (the Ministry received: {value})</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="157"/>
        <source>Ý kiến đề nghị chỉnh sửa của Bộ ({count})</source>
        <translation>Corrections requested by the Ministry ({count})</translation>
    </message>
</context>
<context>
    <name>MinistryReplies</name>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="55"/>
        <location filename="../../gui/views/ministry_replies.py" line="79"/>
        <source>Mở văn bản của Bộ</source>
        <translation>Open a document of the Ministry</translation>
    </message>
    <message>
        <location filename="../../gui/views/ministry_replies.py" line="81"/>
        <source>Văn bản của Bộ (*.pdf);;Mọi tệp (*)</source>
        <translation>Documents of the Ministry (*.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <location filename="../../gui/views/dialogs.py" line="186"/>
        <source>Báo cáo mới</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="194"/>
        <source>Kỳ báo cáo:</source>
        <translation>Reporting period:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="195"/>
        <source>Đơn vị báo cáo:</source>
        <translation>Reporting unit:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="196"/>
        <source>Tạo báo cáo</source>
        <translation>Create report</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="196"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="217"/>
        <source>Hãy chọn đơn vị báo cáo.</source>
        <translation>Please choose the reporting unit.</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <location filename="../../gui/views/run_operation.py" line="141"/>
        <source>Xin lỗi, ứng dụng gặp một lỗi không mong muốn nên chưa làm xong việc này. Chi tiết lỗi được ghi vào tệp:
{path}
Hãy gửi tệp này cho bộ phận hỗ trợ.</source>
        <translation>Sorry, the application ran into an unexpected error and has not finished this. The details of the error were written to the file:
{path}
Please send this file to your support desk.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/operations/databases.py" line="40"/>
        <source>{backup} không phải một bản sao lưu của {database}: hãy chọn một bản trong danh sách sao lưu (bvntd backup list).</source>
        <translation>{backup} is not a backup of {database}: choose one from its list of backups (bvntd backup list).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/databases.py" line="51"/>
        <source>Cơ sở dữ liệu {path} đang mở trong một cửa sổ của ứng dụng. Hãy khôi phục trong cửa sổ đó (Tệp → Khôi phục từ bản sao lưu…), hoặc đóng nó rồi thử lại.</source>
        <translation>The database {path} is open in a window of the application. Restore it in that window (File → Restore from a backup…), or close it and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/databases.py" line="61"/>
        <source>Dữ liệu này không nằm trong một tệp nên không sao lưu được.</source>
        <translation>This data is not kept in a file, so it cannot be backed up.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/databases.py" line="157"/>
        <source>Không chuyển được tệp dữ liệu hỏng {path} sang bên: {error}</source>
        <translation>Cannot move the damaged data file {path} aside: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/export.py" line="38"/>
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../../gui/operations/export.py" line="52"/>
        <source>mục {number} {title}</source>
        <translation>section {number} {title}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/export.py" line="62"/>
        <source>Báo cáo còn {count} lỗi cần sửa, chưa thể xuất bản chính thức:
{lines}
Hãy sửa các mục trên (trong ứng dụng: “Kiểm tra báo cáo”, F7), hoặc xuất bản dự thảo (DỰ THẢO).</source>
        <translation>The report still has {count} errors to correct and cannot be exported as final:
{lines}
Correct the items above (in the application: “Check report”, F7), or export a draft (DỰ THẢO).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/report_files.py" line="28"/>
        <source>Không mở được {path}: {error}</source>
        <translation>Cannot open {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/reports.py" line="24"/>
        <source>Báo cáo số {id} đang ở thùng rác; hãy khôi phục nó trước.</source>
        <translation>Report {id} is in the trash; restore it first.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/reports.py" line="31"/>
        <source>Báo cáo số {id} không ở thùng rác, không có gì để khôi phục.</source>
        <translation>Report {id} is not in the trash; there is nothing to restore.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/reports.py" line="38"/>
        <source>Báo cáo số {id} là báo cáo nhận từ đơn vị khác: nó thuộc phần Tổng hợp, không sửa, nhân bản hay xóa ở danh sách báo cáo của đơn vị.</source>
        <translation>Report {id} was received from another unit: it belongs to the consolidation and is not edited, duplicated or deleted in the unit’s list of reports.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/reports.py" line="49"/>
        <source>Không có đơn vị mã &apos;{code}&apos; cho kỳ {period}: dùng mã tỉnh, thành phố theo danh mục đang áp dụng ở cuối kỳ (ví dụ 40 là Nghệ An) hoặc mã bộ, ngành (ví dụ BYT là Bộ Y tế).</source>
        <translation>There is no unit with the code &apos;{code}&apos; for the period {period}: use a province’s code from the list in force at the end of the period (e.g. 40 for Nghệ An) or a ministry’s code (e.g. BYT for the Ministry of Health).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/reports.py" line="70"/>
        <source>Hồ sơ cơ quan chưa có đơn vị: hãy cho biết đơn vị báo cáo, ví dụ --unit 40.</source>
        <translation>The agency profile has no unit yet: say which unit reports, e.g. --unit 40.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/sending.py" line="48"/>
        <source>Báo cáo số {id} chưa được xuất PDF chính thức, nên chưa có gì để gửi. Hãy xuất PDF (Ctrl+E), ký số rồi gửi.</source>
        <translation>Report {id} has not been exported as a final PDF, so there is nothing to send yet. Export the PDF (Ctrl+E), sign it, then send it.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/sending.py" line="56"/>
        <source>Báo cáo số {id} đã được sửa sau khi xuất PDF: tệp không còn đúng với báo cáo. Hãy xuất PDF và ký lại rồi mới gửi.</source>
        <translation>Report {id} was edited after its PDF export: the file no longer matches the report. Export the PDF and sign it again before sending.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/sending.py" line="70"/>
        <source>Không đọc được tệp đã gửi {path}: {error}</source>
        <translation>Cannot read the sent file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="70"/>
        <source>Tệp {path} không chứa chứng thư số nào.</source>
        <translation>{path} holds no certificate.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="133"/>
        <source>Không thay đổi gì.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="140"/>
        <source>Không tìm thấy tệp.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="141"/>
        <source>Đây là một thư mục, không phải tệp.</source>
        <translation>This is a folder, not a file.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="142"/>
        <source>Không phải tệp thông thường.</source>
        <translation>Not a regular file.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="143"/>
        <source>Tệp rỗng (0 byte).</source>
        <translation>Empty file (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="144"/>
        <source>Không đọc được tệp: {error}.</source>
        <translation>Cannot read the file: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="145"/>
        <source>Tệp quá lớn ({size}; tối đa {limit}): không phải văn bản của Bộ.</source>
        <translation>File too large ({size}; at most {limit}): not a document of the Ministry&apos;s.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="146"/>
        <source>Tệp quá lớn (hơn {limit}): không phải văn bản của Bộ.</source>
        <translation>File too large (over {limit}): not a document of the Ministry&apos;s.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="153"/>
        <source>Không phải tệp PDF.</source>
        <translation>Not a PDF file.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="160"/>
        <source>{path}: đã mở tệp này lúc {time}; không có gì mới.</source>
        <translation>{path}: opened already at {time}; nothing new.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="172"/>
        <source>Chữ ký số hỏng hoặc văn bản đã bị sửa sau khi ký: không phải văn bản Bộ đã gửi.</source>
        <translation>Broken signature or document changed after signing: not what the Ministry sent.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="202"/>
        <source>giấy xác nhận</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="202"/>
        <source>công văn</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="204"/>
        <source>{what} của Bộ nói về một báo cáo không có trong máy này ({unit}, kỳ {period}).</source>
        <translation>The Ministry&apos;s {what} is about a report not on this computer ({unit}, period {period}).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="216"/>
        <source>{what} gửi {other}, không phải {unit}.</source>
        <translation>{what} addressed to {other}, not {unit}.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="220"/>
        <source>{what} nói về kỳ {other}, báo cáo này là kỳ {period}.</source>
        <translation>{what} about period {other}; this report is for {period}.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="225"/>
        <source>{what} nói về phiên bản cũ (cập nhật lúc {old}); đơn vị đã xuất bản mới hơn (cập nhật lúc {new}).</source>
        <translation>{what} about an older version (updated {old}); a newer one was exported since (updated {new}).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_replies.py" line="230"/>
        <source>{what} nói về một phiên bản (cập nhật lúc {time}) mà máy này chưa từng có.</source>
        <translation>{what} about a version (updated {time}) this computer never had.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_state.py" line="23"/>
        <source>của Bộ Công Thương, tin cậy</source>
        <translation>from the Ministry of Industry and Trade, trusted</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_state.py" line="24"/>
        <source>chưa xác minh</source>
        <translation>not verified</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_state.py" line="38"/>
        <source>Bộ đã nhận lúc {time}</source>
        <translation>Received by the Ministry at {time}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/ministry_state.py" line="39"/>
        <source>Bộ đề nghị chỉnh sửa ({count} ý kiến)</source>
        <translation>Corrections requested by the Ministry ({count} comments)</translation>
    </message>
    <message>
        <location filename="../../gui/operations/inbox.py" line="84"/>
        <source>Không tìm thấy: {paths}</source>
        <translation>Not found: {paths}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/inbox.py" line="87"/>
        <source>Chưa chọn tệp hay thư mục nào để nhập.</source>
        <translation>No file or folder was chosen to import.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/inbox.py" line="118"/>
        <source>Hãy ghi mã đơn vị: mã tỉnh (ví dụ 40) hoặc mã bộ, ngành (ví dụ BTC).</source>
        <translation>Give the unit&apos;s code: a province code (e.g. 40) or a ministry code (e.g. BTC).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/inbox.py" line="135"/>
        <source>Chỉ chấp nhận được bản mới khi nhận nó (--take --accept).</source>
        <translation>A new version can only be accepted when it is taken (--take --accept).</translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="68"/>
        <source>{what} không phải là tệp PDF.</source>
        <translation>{what} is not a PDF.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="68"/>
        <source>Tệp</source>
        <translation>The file</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="75"/>
        <source>Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được dữ liệu báo cáo{detail}.</source>
        <translation>The PDF is damaged or incomplete; its report data cannot be read{detail}.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="84"/>
        <source>Tệp PDF không mang dữ liệu báo cáo: có thể là bản quét, hoặc không được xuất từ ứng dụng Báo cáo BVQLNTD. Hãy đề nghị đơn vị gửi lại tệp PDF xuất từ ứng dụng.</source>
        <translation>The PDF carries no report data: it may be a scan, or it was not exported by the Báo cáo BVQLNTD app. Ask the unit to send again the PDF the app exported.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="96"/>
        <source>Dữ liệu báo cáo trong tệp PDF không khớp với mã kiểm tra (SHA-256): tệp đã bị sửa đổi hoặc hư hỏng{detail}. Hãy đề nghị đơn vị gửi lại.</source>
        <translation>The report data in the PDF does not match its checksum (SHA-256): the file was changed or damaged{detail}. Ask the unit to send it again.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="107"/>
        <source>Tệp PDF có tệp đính kèm không đúng như ứng dụng xuất ({detail}): tệp đã bị sửa sau khi xuất. Không nhập; hãy đề nghị đơn vị gửi lại tệp xuất từ ứng dụng.</source>
        <translation>The PDF has attachments other than the app exports ({detail}): the file was changed after it was exported. Not imported; ask the unit to send again the file the app exported.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="118"/>
        <source>Đây là văn bản của Bộ Công Thương gửi đơn vị (giấy xác nhận hoặc công văn đề nghị chỉnh sửa), không phải báo cáo. Đơn vị mở nó bằng Tệp › Mở văn bản của Bộ… (bvntd report receive).</source>
        <translation>This is a document the Ministry sends a unit (a receipt or a letter requesting corrections), not a report. The unit opens it with File › Open a document of the Ministry… (bvntd report receive).</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="129"/>
        <source>Đây là một báo cáo, không phải văn bản của Bộ (giấy xác nhận, công văn đề nghị chỉnh sửa).</source>
        <translation>This is a report, not a document of the Ministry&apos;s (receipt, letter requesting corrections).</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="133"/>
        <source>Tệp PDF không mang dữ liệu văn bản của Bộ: không phải giấy xác nhận hay công văn đề nghị chỉnh sửa do ứng dụng Báo cáo BVQLNTD của Bộ lập.</source>
        <translation>The PDF carries no data of a Ministry&apos;s document: not a receipt or a letter requesting corrections made by the Ministry&apos;s Báo cáo BVQLNTD app.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="143"/>
        <source>Dữ liệu báo cáo trong tệp PDF không hợp lệ: {detail}</source>
        <translation>The report data in the PDF is not valid: {detail}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="275"/>
        <location filename="../../gui/pdf/embedded.py" line="308"/>
        <source>thiếu tệp kê khai kèm theo</source>
        <translation>the attached manifest is missing</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="290"/>
        <source>mẫu báo cáo trong tệp kê khai khác với tài liệu</source>
        <translation>the manifest names another report template than the document</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="327"/>
        <source>tệp quá lớn: {size}; tối đa {limit}</source>
        <translation>file too large: {size}; at most {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="333"/>
        <source>Không tìm thấy tệp: {path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="336"/>
        <source>Đây là một thư mục, không phải tệp PDF: {path}</source>
        <translation>This is a folder, not a PDF: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="340"/>
        <source>Không đọc được tệp {path}: {error}</source>
        <translation>Could not read the file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="344"/>
        <source>tệp quá lớn; tối đa {limit}</source>
        <translation>file too large; at most {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="351"/>
        <source>tệp không đầy đủ, có thể tải về hoặc sao chép chưa hết</source>
        <translation>the file is incomplete; its download or copy may not have finished</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="377"/>
        <source>tệp được đặt mật khẩu để mở; hãy đề nghị đơn vị gửi tệp không đặt mật khẩu</source>
        <translation>the file needs a password to open; ask the unit for a file without a password</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="399"/>
        <source>tệp đính kèm lạ “{name}”</source>
        <translation>an unknown attachment “{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="401"/>
        <source>tệp đính kèm {name} xuất hiện hai lần</source>
        <translation>the attachment {name} appears twice</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="406"/>
        <source>tệp đính kèm {name} mang tên khác: {names}</source>
        <translation>the attachment {name} carries other names: {names}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="413"/>
        <source>tệp đính kèm {name} trống</source>
        <translation>the attachment {name} is empty</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="429"/>
        <source>cây tệp đính kèm quá lớn</source>
        <translation>the tree of attachments is too large</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="448"/>
        <source>tệp đính kèm không phải luồng dữ liệu</source>
        <translation>an attachment is not a data stream</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="451"/>
        <location filename="../../gui/pdf/embedded.py" line="465"/>
        <source>tệp đính kèm quá lớn</source>
        <translation>an attachment is too large</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="460"/>
        <source>tệp đính kèm được mã hóa theo cách không hỗ trợ</source>
        <translation>an attachment is encoded in a way not supported</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="462"/>
        <source>tệp đính kèm được nén nhiều lớp</source>
        <translation>an attachment is compressed in several layers</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="471"/>
        <source>luồng nén bị hỏng</source>
        <translation>a compressed stream is damaged</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="474"/>
        <source>tệp đính kèm lớn hơn giới hạn {limit}</source>
        <translation>an attachment is larger than the limit of {limit}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="483"/>
        <source>tệp kê khai không đọc được</source>
        <translation>the manifest cannot be read</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="485"/>
        <source>tệp kê khai không đúng định dạng</source>
        <translation>the manifest is not in the expected format</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="488"/>
        <source>tệp kê khai thiếu mã SHA-256</source>
        <translation>the manifest lacks the SHA-256 checksum</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/embedded.py" line="491"/>
        <source>tệp kê khai nói về tệp “{name}”, không phải dữ liệu báo cáo</source>
        <translation>the manifest describes the file “{name}”, not the report data</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/fonts.py" line="49"/>
        <source>Không tìm thấy phông chữ để xuất PDF theo thể thức văn bản hành chính. Cần phông Times New Roman (có sẵn trên Windows) hoặc phông tương đương Liberation Serif. Trên Debian/Ubuntu, hãy cài: sudo apt-get install fonts-liberation2 (hoặc fonts-croscore để có phông Tinos). Có thể chỉ định thư mục chứa phông bằng biến môi trường BVNTD_PDF_FONT_DIR.</source>
        <translation>No font found to export the PDF in the official document format. It needs Times New Roman (included in Windows) or its equivalent Liberation Serif. On Debian/Ubuntu, install: sudo apt-get install fonts-liberation2 (or fonts-croscore for Tinos). The environment variable BVNTD_PDF_FONT_DIR can name the folder that holds the fonts.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/fonts.py" line="195"/>
        <source>(BVNTD_PDF_FONT=&apos;{wanted}&apos; không hợp lệ; dùng một trong: {known}.)</source>
        <translation>(BVNTD_PDF_FONT=&apos;{wanted}&apos; is not valid; use one of: {known}.)</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/fonts.py" line="206"/>
        <source>(Đã bỏ qua: {rejected}.)</source>
        <translation>(Passed over: {rejected}.)</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/fonts.py" line="224"/>
        <source>không đọc được phông ({error})</source>
        <translation>the font cannot be read ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/fonts.py" line="227"/>
        <source>thiếu chữ tiếng Việt {letters}</source>
        <translation>Vietnamese letters missing: {letters}</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/sandbox.py" line="335"/>
        <location filename="../../gui/pdf/sandbox.py" line="369"/>
        <source>Không khởi động được tiến trình đọc PDF; hãy thử lại.</source>
        <translation>The process that reads PDFs could not be started; try again.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/sandbox.py" line="423"/>
        <source>để đọc</source>
        <translation>to read</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/sandbox.py" line="424"/>
        <source>để kiểm tra chữ ký số</source>
        <translation>to check its digital signatures</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/sandbox.py" line="428"/>
        <source>Tệp PDF cần hơn {seconds:g} giây {what} (cấu trúc bất thường, có thể là tệp độc hại): từ chối thay vì chờ. Hãy đề nghị đơn vị xuất lại tệp từ ứng dụng.</source>
        <translation>The PDF needs more than {seconds:g} seconds {what} (an unusual structure, perhaps a malicious file): refused rather than waited for. Ask the unit to export the file again from the app.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/sandbox.py" line="436"/>
        <source>Tệp PDF đòi quá nhiều bộ nhớ hoặc làm hỏng tiến trình đọc (có thể là tệp độc hại): từ chối. Hãy đề nghị đơn vị xuất lại tệp từ ứng dụng.</source>
        <translation>The PDF asks for too much memory or breaks the process reading it (perhaps a malicious file): refused. Ask the unit to export the file again from the app.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/sandbox.py" line="594"/>
        <source>Tệp PDF có {count} đối tượng, quá giới hạn {limit}: không phải một báo cáo.</source>
        <translation>The PDF has {count} objects, over the limit of {limit}: it is not a report.</translation>
    </message>
    <message>
        <location filename="../../gui/pdf/sandbox.py" line="601"/>
        <source>Tệp PDF có {count} trang, quá giới hạn {limit} trang của một báo cáo.</source>
        <translation>The PDF has {count} pages, over the limit of {limit} pages for a report.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../gui/views/dialogs.py" line="233"/>
        <source>Nhân bản sang kỳ khác</source>
        <translation>Duplicate to another period</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="236"/>
        <source>Tạo báo cáo mới từ “{source}”: giữ nội dung và phần đầu, bỏ số và ngày văn bản. Chọn kỳ báo cáo mới:</source>
        <translation>Create a new report from “{source}”: its texts and header are kept, its document number and date are not. Choose the new period:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="247"/>
        <source>Nhân bản</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="247"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../gui/views/dialogs.py" line="48"/>
        <source>Báo cáo năm</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="49"/>
        <source>Báo cáo 6 tháng đầu năm</source>
        <translation>First-half-year report</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="50"/>
        <source>Sơ kết, tổng kết giai đoạn</source>
        <translation>Multi-year review</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../gui/views/preview.py" line="99"/>
        <source>Xem trước bản in (dự thảo) — F5 để bật/tắt</source>
        <translation>Print preview (draft) — F5 to show or hide</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="117"/>
        <source>Thu nhỏ (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="118"/>
        <source>Phóng to (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="120"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="120"/>
        <source>Trang vừa khung (Ctrl+0)</source>
        <translation>Pages as wide as the view (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="123"/>
        <location filename="../../gui/views/preview.py" line="211"/>
        <source>Mở rộng</source>
        <translation>Enlarge</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="123"/>
        <source>Xem trước trên toàn bộ vùng soạn thảo</source>
        <translation>Preview over the whole editing area</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="127"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="127"/>
        <source>Mở bản xem trước bằng chương trình đọc PDF của máy để in</source>
        <translation>Open the preview in this computer&apos;s PDF reader to print it</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="211"/>
        <source>Thu về</source>
        <translation>Shrink back</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="217"/>
        <source>Chưa có bản xem trước để in.</source>
        <translation>No preview to print yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="225"/>
        <source>{problem} Bản xem trước để in ở: {path}</source>
        <translation>{problem} The preview to print is at: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="227"/>
        <source>Đã mở bản xem trước trong chương trình đọc PDF: in từ đó (Ctrl+P).</source>
        <translation>The preview is open in the PDF reader: print from there (Ctrl+P).</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="259"/>
        <source>Đang cập nhật…</source>
        <translation>Updating…</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="280"/>
        <source>Không tạo được bản xem trước: {message}</source>
        <translation>The preview could not be made: {message}</translation>
    </message>
    <message>
        <location filename="../../gui/views/preview.py" line="304"/>
        <source>{pages} trang</source>
        <translation>{pages} page(s)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../gui/views/dialogs.py" line="433"/>
        <source>Hồ sơ cơ quan</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="435"/>
        <source>Thiết lập một lần: các báo cáo mới sẽ lấy sẵn thông tin này. Có thể sửa sau trong menu Tệp.</source>
        <translation>Set up once: new reports start from this information. You can change it later from the File menu.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="437"/>
        <source>Thông tin này được điền sẵn vào phần đầu và phần ký của mỗi báo cáo mới.</source>
        <translation>This information fills in the header and the signature block of every new report.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="447"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="447"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="447"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../gui/views/dialogs.py" line="295"/>
        <source>Đơn vị gửi báo cáo (Sở Công Thương, bộ, ngành)</source>
        <translation>A reporting unit (Department of Industry and Trade, ministry, agency)</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="296"/>
        <source>Bộ Công Thương — nhận và tổng hợp báo cáo</source>
        <translation>Ministry of Industry and Trade — receive and consolidate reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="313"/>
        <source>chỉ khi ký TM. tập thể, ví dụ ỦY BAN NHÂN DÂN</source>
        <translation>only when signing for a collective body (TM.), e.g. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="315"/>
        <source>— (người đứng đầu ký)</source>
        <translation>— (the head signs)</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="320"/>
        <source>ví dụ GIÁM ĐỐC</source>
        <translation>e.g. GIÁM ĐỐC</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="325"/>
        <source>Mỗi dòng một nơi nhận</source>
        <translation>One recipient per line</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="337"/>
        <source>Sử dụng:</source>
        <translation>Used by:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="338"/>
        <source>Đơn vị báo cáo:</source>
        <translation>Reporting unit:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="339"/>
        <source>Cơ quan chủ quản:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="340"/>
        <source>Tên cơ quan:</source>
        <translation>Agency name:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="341"/>
        <source>Ký hiệu văn bản:</source>
        <translation>Document symbol:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="342"/>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="343"/>
        <source>Thay mặt tập thể (TM.):</source>
        <translation>On behalf of (TM.):</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="344"/>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="345"/>
        <source>Ký thay, thay mặt cho:</source>
        <translation>Signing on behalf of:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="346"/>
        <source>Chức vụ người ký:</source>
        <translation>Signer’s position:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="347"/>
        <source>Họ và tên người ký:</source>
        <translation>Signer’s full name:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="348"/>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="349"/>
        <source>Đơn vị lưu (Lưu: VT, …):</source>
        <translation>Filing unit (Lưu: VT, …):</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="369"/>
        <location filename="../../gui/views/dialogs.py" line="370"/>
        <source>Để trống để tự điền theo đơn vị báo cáo</source>
        <translation>Leave empty to fill in from the reporting unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="372"/>
        <source>Để trống để tự điền: {text}</source>
        <translation>Leave empty to fill in: {text}</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="381"/>
        <source>“Nơi nhận” đã có dòng “{line}”: báo cáo mới dùng dòng đó, không thêm “Lưu: VT, {unit}” từ ô “Đơn vị lưu”. Nên xóa dòng Lưu ở “Nơi nhận” và chỉ giữ ô “Đơn vị lưu”.</source>
        <translation>“Copies to” already holds the line “{line}”: new reports use it and do not add “Lưu: VT, {unit}” from “Archive unit”. Better delete the Lưu line from “Copies to” and keep only “Archive unit”.</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="385"/>
        <source>Báo cáo mới có dòng cuối “Lưu: VT, {unit}.” ở phần Nơi nhận.</source>
        <translation>New reports end their “Copies to” with “Lưu: VT, {unit}.”</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="396"/>
        <source>Hãy chọn đơn vị báo cáo (tỉnh, thành phố hoặc bộ, cơ quan).</source>
        <translation>Choose the reporting unit (a province or city, or a ministry or agency).</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="398"/>
        <source>Hãy nhập tên cơ quan, ví dụ SỞ CÔNG THƯƠNG.</source>
        <translation>Please enter the agency name, e.g. SỞ CÔNG THƯƠNG.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="209"/>
        <source>Đăng ký chứng thư số của đơn vị</source>
        <translation>Register a unit&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="216"/>
        <source>Người có thẩm quyền ký</source>
        <translation>Competent person</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="217"/>
        <source>Cơ quan (chữ ký số của văn thư)</source>
        <translation>Agency (the clerk&apos;s digital signature)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="219"/>
        <source>tệp .cer, .crt hoặc .pem đơn vị gửi</source>
        <translation>.cer, .crt or .pem file the unit sent</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="220"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="226"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="227"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="228"/>
        <source>Tệp chứng thư số:</source>
        <translation>Certificate file:</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="232"/>
        <source>Đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="233"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="243"/>
        <source>Chọn tệp chứng thư số</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="243"/>
        <source>Chứng thư số (*.cer *.crt *.pem *.der);;Mọi tệp (*)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="27"/>
        <source>&amp;Xuất PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="29"/>
        <source>Xuất báo cáo ra tệp PDF theo thể thức văn bản</source>
        <translation>Export the report as a PDF in the official document format</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="33"/>
        <source>Xem &amp;trước bản in</source>
        <translation>&amp;Print preview</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="35"/>
        <source>Hiện hoặc ẩn các trang PDF ngay bên cạnh biểu mẫu</source>
        <translation>Show or hide the PDF pages beside the form</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="40"/>
        <source>&amp;Kiểm tra báo cáo</source>
        <translation>&amp;Check the report</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="42"/>
        <source>Liệt kê mọi lỗi và mục còn thiếu; Enter để đến từng chỗ</source>
        <translation>List every error and missing item; Enter to go to each</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="47"/>
        <source>&amp;Hướng dẫn cho mục đang nhập</source>
        <translation>&amp;Help for the current item</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="49"/>
        <source>Giải thích mục đang nhập: nội dung, cách nhập, chỉ tiêu</source>
        <translation>Explains the current item: content, how to type it, target</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="52"/>
        <source>&amp;Ghi nhận đã gửi cho Bộ…</source>
        <translation>Record as &amp;sent to the Ministry…</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/actions.py" line="53"/>
        <source>Sau khi đã gửi bản PDF chính thức cho Bộ: trạng thái thành “Đã gửi”</source>
        <translation>Once the final PDF has been sent to the Ministry: the status becomes “Sent”</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <location filename="../../gui/views/report_commands.py" line="56"/>
        <source>Đã tạo báo cáo {report}.</source>
        <translation>Created the report {report}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="80"/>
        <source>Đã tạo {report} từ báo cáo kỳ trước.</source>
        <translation>Created {report} from the earlier period’s report.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="95"/>
        <source>Đã chuyển “{report}” vào thùng rác; có thể khôi phục trong Thùng rác.</source>
        <translation>Moved “{report}” to the trash; it can be restored from the Trash.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="111"/>
        <source>Đã khôi phục “{report}”.</source>
        <translation>Restored “{report}”.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="126"/>
        <source>Đã chuyển báo cáo mẫu vào thùng rác; có thể khôi phục trong Thùng rác.</source>
        <translation>The example report was moved to the Trash; it can be restored from there.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="145"/>
        <source>Đã lưu hồ sơ cơ quan.</source>
        <translation>Agency profile saved.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="169"/>
        <source>Lưu báo cáo thành tệp</source>
        <translation>Save report as a file</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="171"/>
        <source>Báo cáo (*.json)</source>
        <translation>Report (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="186"/>
        <source>Đã lưu báo cáo vào {path}.</source>
        <translation>The report was saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="197"/>
        <source>Mở báo cáo từ tệp</source>
        <translation>Open report from a file</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="197"/>
        <source>Báo cáo (*.json);;Mọi tệp (*)</source>
        <translation>Report (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_commands.py" line="217"/>
        <source>Đã thêm {report} từ tệp.</source>
        <translation>Added {report} from the file.</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../../gui/views/editor/widget.py" line="121"/>
        <source>← Danh sách báo cáo</source>
        <translation>← List of reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/widget.py" line="122"/>
        <source>Quay lại danh sách (Alt+←); mọi thay đổi đã được lưu</source>
        <translation>Back to the list (Alt+←); every change is saved</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/widget.py" line="131"/>
        <source>Tìm mục cần điền… (Ctrl+F)</source>
        <translation>Find an item… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/form_builder.py" line="46"/>
        <source>Báo cáo nhận từ đơn vị khác: chỉ xem, không sửa được.</source>
        <translation>A report received from another unit: read only, it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/widget.py" line="279"/>
        <source>Đặt con trỏ vào một mục rồi nhấn F1 để xem hướng dẫn.</source>
        <translation>Put the cursor in an item and press F1 for help.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/widget.py" line="100"/>
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/widget.py" line="310"/>
        <source>Về danh sách báo cáo: Alt+← hoặc nút “← Danh sách báo cáo”.</source>
        <translation>Back to the report list: Alt+← or the “← Reports” button.</translation>
    </message>
</context>
<context>
    <name>ReportLife</name>
    <message>
        <location filename="../../gui/views/editor/life.py" line="39"/>
        <source>Trạng thái của báo cáo: xuất PDF, ký số, gửi Bộ</source>
        <translation>The report&apos;s status: PDF export, digital signatures, sent to the Ministry</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/life.py" line="66"/>
        <source>Đã sửa sau khi xuất — cần xuất và ký lại. Tệp PDF đã xuất (và chữ ký trên đó, nếu đã ký) không còn đúng với báo cáo: sửa xong, hãy xuất PDF lại (Ctrl+E), ký số rồi mới gửi.</source>
        <translation>Edited after export — export and sign again. The exported PDF (and its signatures, if signed) no longer matches the report: when done editing, export the PDF again (Ctrl+E) and sign it before sending.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/life.py" line="71"/>
        <source>Đã sửa sau khi xuất — cần xuất và ký lại</source>
        <translation>Edited after export — export and sign again</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/life.py" line="75"/>
        <source>Báo cáo đã sửa sau lần xuất PDF gần nhất — cần xuất và ký lại trước khi gửi.</source>
        <translation>The report was edited after its latest PDF export — export and sign again before sending.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/life.py" line="84"/>
        <source>Chưa có bản PDF chính thức đúng với báo cáo để gửi: hãy xuất PDF (Ctrl+E) và ký số trước.</source>
        <translation>There is no final PDF matching the report to send: export the PDF (Ctrl+E) and sign it first.</translation>
    </message>
    <message>
        <location filename="../../gui/views/editor/life.py" line="103"/>
        <source>Đã ghi nhận: báo cáo đã gửi cho Bộ ({file}).</source>
        <translation>Recorded: the report was sent to the Ministry ({file}).</translation>
    </message>
</context>
<context>
    <name>ReportList</name>
    <message>
        <location filename="../../gui/views/report_list.py" line="52"/>
        <source>Năm {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="54"/>
        <source>6 tháng đầu năm {year}</source>
        <translation>First half of {year}</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="57"/>
        <source>Giai đoạn {first}–{last}</source>
        <translation>Period {first}–{last}</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <location filename="../../gui/views/report_list.py" line="73"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="74"/>
        <source>Kỳ báo cáo</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="75"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="76"/>
        <source>Sửa lần cuối</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="77"/>
        <source>Đã điền</source>
        <translation>Filled in</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="83"/>
        <source>Tỷ lệ các mục đã có nội dung, tính cả các mục không bắt buộc (mục bắt buộc tính gấp đôi). Báo cáo xuất được bản chính thức khi Kiểm tra (F7) không còn lỗi, dù tỷ lệ này chưa đến 100%.</source>
        <translation>Share of the fields holding a value, optional fields included (required ones count double). A final PDF can be exported once the check (F7) shows no errors, even below 100%.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="95"/>
        <source>{unit} (báo cáo mẫu)</source>
        <translation>{unit} (example report)</translation>
    </message>
</context>
<context>
    <name>ReportListPage</name>
    <message>
        <location filename="../../gui/views/report_list.py" line="230"/>
        <source>Lọc theo đơn vị, kỳ báo cáo, trạng thái…</source>
        <translation>Filter by unit, period, status…</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="284"/>
        <source>Thùng rác</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="284"/>
        <source>Báo cáo của đơn vị</source>
        <translation>The unit’s reports</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="287"/>
        <source>Thùng rác trống.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="287"/>
        <source>Chưa có báo cáo nào. Bấm “Báo cáo mới” (Ctrl+N).</source>
        <translation>No reports yet. Press “New report” (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ReportStatus</name>
    <message>
        <location filename="../../gui/core/report_status.py" line="91"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../gui/core/report_status.py" line="92"/>
        <source>Đã xuất PDF</source>
        <translation>PDF exported</translation>
    </message>
    <message>
        <location filename="../../gui/core/report_status.py" line="93"/>
        <source>Đã ký {signed}/{needed}</source>
        <translation>Signed {signed}/{needed}</translation>
    </message>
    <message>
        <location filename="../../gui/core/report_status.py" line="94"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../gui/core/report_status.py" line="95"/>
        <source>Bộ đã nhận</source>
        <translation>Received by the Ministry</translation>
    </message>
    <message>
        <location filename="../../gui/core/report_status.py" line="96"/>
        <source>Bộ đề nghị chỉnh sửa</source>
        <translation>Ministry asks for changes</translation>
    </message>
    <message>
        <location filename="../../gui/core/report_status.py" line="98"/>
        <source>Đã sửa sau khi xuất — cần xuất và ký lại</source>
        <translation>Edited after export — export and sign again</translation>
    </message>
</context>
<context>
    <name>RuleBanner</name>
    <message>
        <location filename="../../gui/views/rule_banner.py" line="50"/>
        <source>Quy tắc: {rule}</source>
        <translation>Rule: {rule}</translation>
    </message>
</context>
<context>
    <name>SectionTree</name>
    <message>
        <location filename="../../gui/views/section_tree.py" line="38"/>
        <source>Mục</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gui/views/section_tree.py" line="38"/>
        <source>Đã nhập</source>
        <translation>Filled</translation>
    </message>
    <message>
        <location filename="../../gui/views/section_tree.py" line="38"/>
        <source>Cần sửa</source>
        <translation>To fix</translation>
    </message>
    <message>
        <location filename="../../gui/views/section_tree.py" line="40"/>
        <source>Số lỗi và cảnh báo trong mục (mục chưa nhập xem ở cột Đã nhập); F7 để xem danh sách</source>
        <translation>Errors and warnings in the section (what is still empty shows in the Filled column); F7 for the list</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <location filename="../../gui/views/sending.py" line="62"/>
        <source>Ghi nhận đã gửi cho Bộ</source>
        <translation>Record as sent to the Ministry</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="64"/>
        <source>tới {to}</source>
        <translation>to {to}</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="66"/>
        <source>cho Bộ Công Thương</source>
        <translation>to the Ministry of Industry and Trade</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="70"/>
        <source>Bạn đã gửi tệp &lt;b&gt;{name}&lt;/b&gt; {where} chưa?&lt;br&gt;&lt;br&gt;Chỉ bấm “Đã gửi” khi thư đã thực sự được gửi đi (hoặc văn bản đã nộp qua hệ thống quản lý văn bản). Thư nháp mới mở, chưa bấm Gửi, là chưa gửi.</source>
        <translation>Have you sent &lt;b&gt;{name}&lt;/b&gt; {where}?&lt;br&gt;&lt;br&gt;Click “Sent” only once the message has really gone out (or the document was filed in the document management system). A draft that is open but not yet sent is not sent.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="76"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="77"/>
        <source>Chưa gửi</source>
        <translation>Not yet</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="74"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="86"/>
        <source>Hồ sơ cơ quan</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="90"/>
        <source>ví dụ bvqlntd@moit.gov.vn</source>
        <translation>e.g. bvqlntd@moit.gov.vn</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="92"/>
        <source>người đầu mối gửi báo cáo, ví dụ Lê Thị Mai</source>
        <translation>the focal point who sends the report, e.g. Lê Thị Mai</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="94"/>
        <source>ví dụ 0203 3835 123</source>
        <translation>e.g. 0203 3835 123</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="96"/>
        <source>Để trống: thư mục Tài liệu (Documents)</source>
        <translation>Empty: the Documents folder</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="97"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="104"/>
        <source>Email nhận báo cáo của Bộ:</source>
        <translation>Ministry’s email for reports:</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="105"/>
        <source>Người gửi (ký tên trong thư):</source>
        <translation>Sender (signs the message):</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="106"/>
        <source>Điện thoại người gửi:</source>
        <translation>Sender&apos;s phone:</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="107"/>
        <source>Thư mục lưu tệp PDF:</source>
        <translation>Folder for PDF files:</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="110"/>
        <source>Nơi nhận mặc định của văn bản được nhập ở thẻ Hồ sơ cơ quan.</source>
        <translation>The document’s default recipients are entered on the Agency profile tab.</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="115"/>
        <source>Chứng thư số của Bộ:</source>
        <translation>The Ministry&apos;s certificate:</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="116"/>
        <source>Gửi báo cáo</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="126"/>
        <source> bản</source>
        <translation> copies</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="130"/>
        <source>Ngôn ngữ giao diện:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="131"/>
        <source>Ngôn ngữ mới được áp dụng khi mở lại ứng dụng.</source>
        <translation>A new language applies the next time the app is started.</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="132"/>
        <source>Số bản sao lưu giữ lại:</source>
        <translation>Backups kept:</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="133"/>
        <source>Mỗi lần mở ứng dụng, dữ liệu được sao lưu; các bản cũ nhất được xóa bớt.</source>
        <translation>The data is backed up every time the app starts; the oldest copies are removed.</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="135"/>
        <source>Thư mục sao lưu: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="137"/>
        <source>Chung</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="140"/>
        <source>Chữ ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="146"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="146"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="162"/>
        <source>Chọn thư mục lưu tệp PDF</source>
        <translation>Choose the folder for PDF files</translation>
    </message>
    <message>
        <location filename="../../gui/views/settings_dialog.py" line="173"/>
        <source>Địa chỉ email “{email}” chưa đúng, ví dụ đúng: bvqlntd@moit.gov.vn.</source>
        <translation>The email address “{email}” is not valid; a valid one looks like bvqlntd@moit.gov.vn.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="65"/>
        <source>Ký số báo cáo</source>
        <translation>Sign the report digitally</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="89"/>
        <source>Người có thẩm quyền ký (ảnh chữ ký tay)</source>
        <translation>The competent person signs (handwritten signature image)</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="90"/>
        <source>Văn thư ký số của cơ quan (ảnh con dấu)</source>
        <translation>The clerk applies the agency’s signature (seal image)</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="96"/>
        <source>USB token</source>
        <translation>USB token</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="97"/>
        <source>Tệp chứng thư số .pfx/.p12</source>
        <translation>Certificate file .pfx/.p12</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="102"/>
        <source>Thư viện PKCS#11 của token (đặt trong Cài đặt)</source>
        <translation>The token’s PKCS#11 library (set in Settings)</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="104"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="115"/>
        <source>ảnh chữ ký</source>
        <translation>signature image</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="115"/>
        <source>Chọn ảnh chữ ký tay</source>
        <translation>Choose the handwritten signature image</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="118"/>
        <source>Chọn ảnh con dấu</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="123"/>
        <source>Dùng ảnh này cho các lần ký sau trên máy này</source>
        <translation>Use this image for later signings on this PC</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="131"/>
        <source>Mã PIN của token hoặc mật khẩu tệp .pfx (không được lưu)</source>
        <translation>The token’s PIN or the .pfx password (never saved)</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="135"/>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="140"/>
        <source>Ký bằng:</source>
        <translation>Sign with:</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="144"/>
        <source>Mã PIN / mật khẩu:</source>
        <translation>PIN / password:</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="208"/>
        <source>Tệp chưa có chữ ký số.</source>
        <translation>The file has no digital signature yet.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="211"/>
        <source>không rõ người ký</source>
        <translation>signer unknown</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="213"/>
        <source>Đã có chữ ký số của người có thẩm quyền: {who}.</source>
        <translation>Already signed by the competent person: {who}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="215"/>
        <source>Đã có chữ ký số của cơ quan: {who}.</source>
        <translation>Already signed by the agency: {who}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="217"/>
        <source>Đã có chữ ký số ({field}): {who}.</source>
        <translation>Already signed ({field}): {who}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="247"/>
        <source>Chưa chọn ảnh chữ ký tay: chữ ký sẽ không có hình ảnh (Phụ lục I, Nghị định 30/2020 yêu cầu có).</source>
        <translation>No handwritten signature image chosen: the signature will have no image (Annex I of Decree 30/2020 requires one).</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="251"/>
        <source>Chưa chọn ảnh con dấu: chữ ký của cơ quan sẽ không có hình con dấu (Phụ lục I, Nghị định 30/2020 yêu cầu có).</source>
        <translation>No seal image chosen: the agency&apos;s signature will have no seal image (Annex I of Decree 30/2020 requires one).</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="256"/>
        <source>Ảnh sẽ nằm ở vị trí như trong trang bên phải.</source>
        <translation>The image will land where the page on the right shows it.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="281"/>
        <source>Không hiển thị được trang ký.</source>
        <translation>The signature page cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="289"/>
        <source>Trang {page}: chữ ký sẽ trông như thế này (trước khi ký).</source>
        <translation>Page {page}: the signature will look like this (before signing).</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="137"/>
        <source>Hình ảnh:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="75"/>
        <source>Ký số tệp &lt;b&gt;{name}&lt;/b&gt;: báo cáo của {unit}, kỳ {period}. Tệp đã ký thay cho tệp này (dữ liệu báo cáo giữ nguyên).</source>
        <translation>Digitally sign &lt;b&gt;{name}&lt;/b&gt;: the report of {unit}, period {period}. The signed file replaces this file (the report data stay as they are).</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="165"/>
        <source>Đang ký số… USB token có thể cần vài giây. Bấm Hủy nếu muốn dừng: tệp sẽ giữ nguyên, chưa ký.</source>
        <translation>Signing… A USB token may take a few seconds. Press Cancel to stop: the file stays as it was, unsigned.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="176"/>
        <source>Ký số</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="176"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="118"/>
        <source>ảnh con dấu</source>
        <translation>seal image</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="294"/>
        <source>Chọn tệp chứng thư số</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="294"/>
        <source>Chứng thư số (*.pfx *.p12)</source>
        <translation>Certificates (*.pfx *.p12)</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="324"/>
        <source>Hãy chọn tệp chứng thư số .pfx/.p12.</source>
        <translation>Please choose the .pfx/.p12 certificate file.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="332"/>
        <source>Chưa có thư viện PKCS#11 của USB token: hãy chọn trong Cài đặt, thẻ Chữ ký số.</source>
        <translation>No PKCS#11 library for the USB token yet: choose it in Settings, Digital signature tab.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sign_dialog.py" line="407"/>
        <location filename="../../gui/views/sign_dialog.py" line="438"/>
        <source>Đã xảy ra lỗi không mong muốn khi ký; tệp chưa ký vẫn giữ nguyên. Chi tiết đã được ghi vào nhật ký.</source>
        <translation>An unexpected error occurred while signing; the unsigned file is unchanged. The details were written to the log.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <location filename="../../gui/signing/inbox.py" line="73"/>
        <source>Chữ ký số hỏng hoặc văn bản bị sửa đổi sau khi ký: {problems}. Không nhập; hãy đề nghị đơn vị gửi lại tệp đã ký.</source>
        <translation>A digital signature is broken or the document was changed after signing: {problems}. Not imported; ask the unit to send the signed file again.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="79"/>
        <source>Báo cáo chưa được ký số, trong khi Bộ yêu cầu báo cáo phải có chữ ký số (Cài đặt, hoặc --require-signature). Không nhập; hãy đề nghị đơn vị ký số rồi gửi lại.</source>
        <translation>The report is not digitally signed, while the Ministry requires reports to be signed (Settings, or --require-signature). Not imported; ask the unit to sign it and send it again.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="92"/>
        <source>cơ quan</source>
        <translation>agency</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="96"/>
        <source>chứng thư số chưa đăng ký cho đơn vị</source>
        <translation>certificate not registered for the unit</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="98"/>
        <source>chứng thư số đã bị Bộ ngừng chấp nhận cho đơn vị</source>
        <translation>certificate no longer accepted by the Ministry for the unit</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="100"/>
        <source>Hãy đối chiếu dấu vân tay với đơn vị rồi đăng ký chứng thư số (trang Hộp thư, thẻ Chứng thư số; hoặc bvntd inbox certificates confirm).</source>
        <translation>Check the fingerprint with the unit, then register the certificate (Inbox page, Certificates tab; or bvntd inbox certificates confirm).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="105"/>
        <source>Hãy nạp chứng thư gốc của tổ chức cấp chứng thư (trang Hộp thư, nút Nạp chứng thư gốc…).</source>
        <translation>Load the root certificate of the certification authority (Inbox page, Load root certificate… button).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="110"/>
        <source>chứng thư số không được cấp bởi tổ chức nào trong danh sách tin cậy đã nạp</source>
        <translation>the certificate was not issued by any organisation in the loaded trust list</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="111"/>
        <source>Hãy đề nghị đơn vị ký lại bằng chứng thư số còn hiệu lực đã đăng ký.</source>
        <translation>Ask the unit to sign again with a valid registered certificate.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="114"/>
        <source>không thể kiểm tra lại: tệp gốc không được lưu — hãy nhập lại tệp</source>
        <translation>cannot be verified again: the original file was not kept — import the file again</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="181"/>
        <source> theo giờ người ký tự ghi</source>
        <translation> by the signer&apos;s own clock</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="192"/>
        <source>cả hai chữ ký</source>
        <translation>both signatures</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="200"/>
        <source>đã kiểm tra thu hồi</source>
        <translation>revocation checked</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="90"/>
        <source>hiệu lực từ {start} đến {end}</source>
        <translation>valid from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="93"/>
        <source>Chứng thư số của {holder} chưa có hiệu lực ({span}). Chưa ký.</source>
        <translation>{holder}&apos;s certificate is not valid yet ({span}). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="99"/>
        <source>Chứng thư số của {holder} đã hết hạn ({span}). Hãy gia hạn hoặc dùng chứng thư số còn hiệu lực. Chưa ký.</source>
        <translation>{holder}&apos;s certificate has expired ({span}). Renew it or use a certificate that is still valid. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="115"/>
        <source>Chứng thư số của {holder} không được phép dùng để ký văn bản (thiếu mục đích “ký số”). Hãy dùng chứng thư số ký số do tổ chức cung cấp dịch vụ chứng thực cấp cho người ký. Chưa ký.</source>
        <translation>{holder}&apos;s certificate may not sign documents (the “digital signature” usage is missing). Use a signing certificate that a certification service provider issued to the signer. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="153"/>
        <source>Tệp {path} quá lớn để là chứng thư số .pfx/.p12.</source>
        <translation>The file {path} is too large to be a .pfx/.p12 certificate.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="150"/>
        <source>Không tìm thấy tệp chứng thư số: {path}</source>
        <translation>Certificate file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="84"/>
        <source>Chứng thư số của {holder} dùng khóa {key}, yếu hơn mức Thông tư 15/2025/TT-BKHCN cho phép (RSA từ 2048 bit, ECDSA từ 256 bit). Hãy đề nghị tổ chức cung cấp dịch vụ cấp chứng thư số mới. Chưa ký.</source>
        <translation>The certificate of {holder} uses a {key} key, weaker than Circular 15/2025/TT-BKHCN allows (RSA of 2048 bits or more, ECDSA of 256 bits or more). Ask the certification service provider for a new certificate. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="151"/>
        <source>Tệp chứng thư số phải là một tệp .pfx/.p12, không phải thư mục: {path}</source>
        <translation>The certificate must be a .pfx/.p12 file, not a folder: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="152"/>
        <source>Không đọc được tệp chứng thư số {path}: {error}</source>
        <translation>Could not read the certificate file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="162"/>
        <source>Tệp {path} không phải tệp chứng thư số .pfx/.p12.</source>
        <translation>The file {path} is not a .pfx/.p12 certificate file.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="165"/>
        <source>Mật khẩu của tệp chứng thư số {name} không đúng. Hãy nhập lại. Chưa ký.</source>
        <translation>The password of the certificate file {name} is wrong. Type it again. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="171"/>
        <source>Tệp {name} không chứa khóa bí mật và chứng thư số để ký.</source>
        <translation>The file {name} holds no private key and certificate to sign with.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="247"/>
        <source>Không thấy USB token có nhãn “{label}”. Hãy cắm đúng token và thử lại. Chưa ký.</source>
        <translation>No USB token labelled “{label}” was found. Plug in the right token and try again. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="253"/>
        <source>Không thấy USB token nào được cắm vào máy. Hãy cắm token ký số và thử lại. Chưa ký.</source>
        <translation>No USB token is plugged in. Plug in the signing token and try again. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="258"/>
        <source>Có {count} USB token đang cắm ({labels}): hãy chọn một (--token-label). Chưa ký.</source>
        <translation>{count} USB tokens are plugged in ({labels}): choose one (--token-label). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="266"/>
        <source>Chưa nhập mã PIN của USB token. Chưa ký.</source>
        <translation>The USB token&apos;s PIN was not entered. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="275"/>
        <source>Mã PIN không đúng định dạng token yêu cầu (độ dài hoặc ký tự). Hãy nhập lại. Chưa ký.</source>
        <translation>The PIN is not in the form the token requires (length or characters). Type it again. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="281"/>
        <source>USB token đã bị rút ra. Hãy cắm lại token và thử lại. Chưa ký.</source>
        <translation>The USB token was removed. Plug it in again and try again. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="285"/>
        <source>USB token báo lỗi khi đăng nhập ({error}). Chưa ký.</source>
        <translation>The USB token reported an error at login ({error}). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="297"/>
        <source>Mã PIN của USB token đã bị khóa do nhập sai quá số lần cho phép. Hãy liên hệ nhà cung cấp chứng thư số để mở khóa. Chưa ký.</source>
        <translation>The USB token&apos;s PIN is locked after too many wrong tries. Ask the certificate provider to unlock it. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="311"/>
        <source> Token báo chỉ còn 1 lần thử: nhập sai lần nữa token sẽ bị khóa.</source>
        <translation> The token says one try is left: one more wrong PIN locks it.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="313"/>
        <source> Token báo số lần thử còn lại không nhiều.</source>
        <translation> The token says few tries are left.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="316"/>
        <source>Mã PIN của USB token không đúng.{left} Hãy nhập lại. Chưa ký.</source>
        <translation>The USB token&apos;s PIN is wrong.{left} Type it again. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="329"/>
        <source>Không tìm thấy thư viện PKCS#11 của USB token: {module}. Hãy cài trình điều khiển token của nhà cung cấp chứng thư số và chọn lại đường dẫn trong Cài đặt. Chưa ký.</source>
        <translation>The USB token&apos;s PKCS#11 library was not found: {module}. Install the token driver of the certificate provider and choose its path again in Settings. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="343"/>
        <source>Không nạp được thư viện PKCS#11 {module} ({error}): có thể không phải trình điều khiển USB token, hoặc không hợp với máy này (32/64 bit). Chưa ký.</source>
        <translation>The PKCS#11 library {module} could not be loaded ({error}): it may not be a USB token driver, or not fit this computer (32/64 bit). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/keys.py" line="368"/>
        <source>USB token không có chứng thư số kèm khóa bí mật để ký. Chưa ký.</source>
        <translation>The USB token holds no certificate with a private key to sign with. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/placement.py" line="103"/>
        <source>Không tìm thấy {what}: {path}. Hãy chọn lại ảnh. Chưa ký.</source>
        <translation>The {what} was not found: {path}. Choose the image again. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/placement.py" line="105"/>
        <source>{What} phải là một tệp ảnh PNG hoặc JPEG, không phải thư mục: {path}. Chưa ký.</source>
        <translation>The {what} must be a PNG or JPEG image file, not a folder: {path}. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/placement.py" line="110"/>
        <source>{What} phải là một tệp ảnh thông thường, không phải thiết bị hay ống dẫn: {path}. Chưa ký.</source>
        <translation>{What} must be a regular image file, not a device or a pipe: {path}. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/placement.py" line="114"/>
        <source>Không đọc được {what} {path}: {error}. Chưa ký.</source>
        <translation>Could not read the {what} {path}: {error}. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/placement.py" line="115"/>
        <source>{What} {name} quá lớn (hơn 10 MB). Chưa ký.</source>
        <translation>The {what} {name} is too large (over 10 MB). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/placement.py" line="119"/>
        <source>{What} {name} không phải ảnh PNG hoặc JPEG, hoặc bị hỏng: không đọc được. Hãy chọn ảnh PNG nền trong suốt (hoặc JPEG). Chưa ký.</source>
        <translation>The {what} {name} is not a PNG or JPEG image, or is damaged: it cannot be read. Choose a PNG with a transparent background (or a JPEG). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/placement.py" line="128"/>
        <source>{What} {name} quá lớn (tối đa 4000 × 4000 điểm ảnh). Chưa ký.</source>
        <translation>The {what} {name} is too large (at most 4000 × 4000 pixels). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/report_signatures.py" line="21"/>
        <source>Báo cáo đã được sửa sau khi xuất tệp này, nên tệp không còn đúng với báo cáo. Hãy xuất PDF lại rồi ký lại (cả chữ ký của người có thẩm quyền và của cơ quan).</source>
        <translation>The report was edited after this file was exported, so the file no longer matches the report. Export the PDF again and sign again (both the competent person&apos;s and the agency&apos;s signature).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="129"/>
        <source>Không tìm thấy tệp {path}. Chưa ký.</source>
        <translation>The file {path} was not found. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="130"/>
        <source>Không đọc được tệp {path}: {error}. Chưa ký.</source>
        <translation>The file {path} cannot be read: {error}. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="131"/>
        <source>Tệp {path} quá lớn ({size}, tối đa {limit}). Chưa ký.</source>
        <translation>The file {path} is too large ({size}, at most {limit}). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="132"/>
        <source>{path} là một thư mục, không phải tệp PDF. Chưa ký.</source>
        <translation>{path} is a folder, not a PDF file. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="133"/>
        <source>Tệp {path} rỗng. Chưa ký.</source>
        <translation>The file {path} is empty. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="139"/>
        <source>Tệp {name} không phải tệp PDF. Chưa ký.</source>
        <translation>The file {name} is not a PDF file. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="152"/>
        <source>Dữ liệu báo cáo trong tệp {name} không khớp mã kiểm tra: tệp đã bị sửa sau khi xuất. Hãy xuất lại tệp PDF từ ứng dụng. Chưa ký.</source>
        <translation>The report data in {name} do not match their checksum: the file was changed after it was exported. Export the PDF again from the application. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="159"/>
        <location filename="../../gui/operations/signing.py" line="195"/>
        <source>Không ký được tệp {name}: {error} Chưa ký.</source>
        <translation>{name} cannot be signed: {error} Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="166"/>
        <source>Tệp {name} là bản dự thảo (có dấu “DỰ THẢO”): chỉ ký số bản chính thức. Hãy xuất bản chính thức rồi ký. Chưa ký.</source>
        <translation>{name} is a draft (marked “DỰ THẢO”): only a final export is signed. Make a final export, then sign it. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="248"/>
        <source>Chữ ký số trong tệp {name} không còn nguyên vẹn ({problems}): tệp bị hỏng hoặc đã bị sửa sau khi ký, nên chữ ký mới cũng sẽ không có giá trị. Hãy dùng bản đã ký còn nguyên vẹn, hoặc xuất lại tệp PDF và ký lại từ đầu. Chưa ký.</source>
        <translation>A digital signature in {name} is no longer intact ({problems}): the file is damaged or was changed after signing, so a new signature would be worthless too. Use an intact signed copy, or export the PDF again and sign it from the start. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="253"/>
        <source>không rõ lý do</source>
        <translation>reason unknown</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="258"/>
        <source>Tệp {name} không phải báo cáo xuất từ ứng dụng này (không mang dữ liệu báo cáo): ứng dụng chỉ ký số báo cáo do chính nó xuất ra. Chưa ký.</source>
        <translation>{name} is not a report exported by this application (it carries no report data): the application signs only the reports it exported. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="288"/>
        <source>Báo cáo chưa được xuất bản chính thức (Xuất PDF, Ctrl+E): chưa có tệp để ký số.</source>
        <translation>The report has no final export yet (Export PDF, Ctrl+E): there is no file to sign.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="303"/>
        <source>Tệp {name} là báo cáo khác ({unit}, kỳ {period}), không phải báo cáo đang chọn. Chưa ký.</source>
        <translation>{name} is another report ({unit}, period {period}), not the selected one. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="320"/>
        <source>Không tìm thấy tệp đã xuất {name} ở {folder}: có thể đã bị chuyển đi, đổi tên hoặc xóa.</source>
        <translation>The exported file {name} is no longer in {folder}: it may have been moved, renamed or deleted.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="324"/>
        <source>Không rõ tệp đã xuất {name} được lưu ở đâu: hãy chọn tệp.</source>
        <translation>Where the exported file {name} was saved is not known: choose the file.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="376"/>
        <source>Tệp {name} đã bị thay đổi hoặc xóa trong khi ký, nên chữ ký không được ghi vào. Hãy ký lại.</source>
        <translation>The file {name} was changed or deleted during signing, so the signature was not written. Sign again.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="91"/>
        <location filename="../../gui/signing/roles.py" line="21"/>
        <source>người có thẩm quyền</source>
        <translation>the competent person</translation>
    </message>
    <message>
        <location filename="../../gui/signing/roles.py" line="22"/>
        <source>cơ quan (văn thư)</source>
        <translation>the agency (records office)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="94"/>
        <location filename="../../gui/signing/roles.py" line="23"/>
        <source>vai trò không rõ</source>
        <translation>role unknown</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="40"/>
        <source>ảnh chữ ký</source>
        <translation>signature image</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="41"/>
        <source>ảnh con dấu</source>
        <translation>seal image</translation>
    </message>
    <message>
        <location filename="../../gui/operations/signing.py" line="345"/>
        <location filename="../../gui/signing/sign.py" line="83"/>
        <source>Vai trò ký phải là “signer” (người có thẩm quyền) hoặc “agency” (cơ quan), không phải “{role}”.</source>
        <translation>The signing role must be “signer” (the competent person) or “agency” (the agency), not “{role}”.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="91"/>
        <source>Tệp cần ký không phải là tệp PDF.</source>
        <translation>The file to sign is not a PDF.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="97"/>
        <source>Tệp PDF bị hỏng hoặc không trọn vẹn (có thể bị cắt cụt khi sao chép, tải về), không ký được. Hãy xuất lại tệp PDF từ ứng dụng.</source>
        <translation>The PDF is damaged or incomplete (perhaps cut short while copied or downloaded) and cannot be signed. Export the PDF again from the app.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="104"/>
        <source>Tệp PDF được mã hóa bằng mật khẩu: không ký được.</source>
        <translation>The PDF is encrypted with a password: it cannot be signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="140"/>
        <source>Không lấy được thông tin thu hồi của chứng thư số qua mạng (máy không kết nối, hoặc chứng thư số không ghi nơi cung cấp): chữ ký không kèm thông tin thu hồi (không đạt PAdES B-LT); Bộ sẽ kiểm tra thu hồi khi nhận.</source>
        <translation>The certificate&apos;s revocation data could not be fetched over the network (this PC is offline, or the certificate names no source): the signature carries no revocation data (not PAdES B-LT); the Ministry checks revocation when it receives the file.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="219"/>
        <source>Tệp đã có chữ ký số của cơ quan: chữ ký của cơ quan là chữ ký cuối cùng, không ký thêm được. Chưa ký.</source>
        <translation>The file already carries the agency&apos;s digital signature: the agency&apos;s signature is the last one, nothing can be signed after it. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="226"/>
        <source>Tệp đã có chữ ký số của người có thẩm quyền ({holder}): mỗi báo cáo chỉ một người có thẩm quyền ký. Bước tiếp theo là văn thư ký số của cơ quan (vai trò cơ quan). Chưa ký.</source>
        <translation>The file already carries the competent person&apos;s digital signature ({holder}): only one competent person signs a report. The next step is the agency&apos;s signature by its clerk (role agency). Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="236"/>
        <source>Tệp chưa có chữ ký số của người có thẩm quyền: người có thẩm quyền ký trước, văn thư ký số của cơ quan sau. Chưa ký.</source>
        <translation>The file has no digital signature of the competent person yet: the competent person signs first, the agency&apos;s clerk after. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="243"/>
        <source>chữ ký không hợp lệ</source>
        <translation>the signature is not valid</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="245"/>
        <source>Chữ ký số của người có thẩm quyền trong tệp không còn nguyên vẹn ({problems}): cơ quan không ký lên tệp này. Hãy xuất lại PDF và ký lại từ đầu. Chưa ký.</source>
        <translation>The competent person&apos;s digital signature in the file is no longer intact ({problems}): the agency does not sign this file. Export the PDF again and sign it again from the start. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="253"/>
        <source>Không kết nối được máy chủ dấu thời gian: đã ký không kèm dấu thời gian (PAdES B-B); chữ ký vẫn hợp lệ.</source>
        <translation>The timestamp server could not be reached: signed without a timestamp (PAdES B-B); the signature is still valid.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="343"/>
        <source>Chứng thư số của {holder} đã bị thu hồi (theo danh sách thu hồi CRL hoặc trả lời OCSP của tổ chức cấp chứng thư số): không ký bằng chứng thư số này được. Hãy dùng chứng thư số còn hiệu lực. Chưa ký.</source>
        <translation>The certificate of {holder} has been revoked (according to the issuing CA&apos;s CRL or OCSP answer): it cannot be used to sign. Use a valid certificate. Not signed.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="352"/>
        <source>Không ký được: {error}</source>
        <translation>Could not sign: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="385"/>
        <source>USB token đã bị rút ra trong khi ký. Hãy cắm lại và ký lại. Tệp chưa ký vẫn giữ nguyên.</source>
        <translation>The USB token was removed during signing. Plug it in again and sign again. The unsigned file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/sign.py" line="391"/>
        <source>USB token báo lỗi khi ký ({error}). Tệp chưa ký vẫn giữ nguyên.</source>
        <translation>The USB token reported an error while signing ({error}). The unsigned file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="67"/>
        <source>Đã ký số, tin cậy</source>
        <translation>Signed, trusted</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="68"/>
        <source>Đã ký số, chưa xác minh được nguồn gốc</source>
        <translation>Signed, origin not verified</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="69"/>
        <source>Chưa ký số</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="70"/>
        <source>Chữ ký hỏng hoặc văn bản bị sửa sau khi ký</source>
        <translation>Signature broken or document changed after signing</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="140"/>
        <source>không ghi tổ chức</source>
        <translation>no organisation given</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="142"/>
        <source>chứng thư số của cơ quan phải là chứng thư của chính đơn vị, ghi đúng tên đơn vị ({names}) ở mục tổ chức (O) và tên chủ thể (CN), không phải chứng thư của một cá nhân</source>
        <translation>the agency&apos;s certificate must be the unit&apos;s own, carrying the unit&apos;s exact name ({names}) as its organisation (O) and its subject (CN), not a person&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="148"/>
        <source>chứng thư số cấp cho {holder}, không phải chứng thư của cơ quan: {wanted}</source>
        <translation>a certificate issued to {holder}, not the agency&apos;s: {wanted}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="178"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="180"/>
        <source> theo dấu thời gian</source>
        <translation> by the timestamp</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="187"/>
        <source>không rõ người ký</source>
        <translation>signer unknown</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="337"/>
        <source>Tệp chứng thư số tin cậy {path} quá lớn (hơn 1 MB).</source>
        <translation>The trusted certificate file {path} is too large (over 1 MB).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="398"/>
        <location filename="../../gui/signing/verify.py" line="335"/>
        <source>Không tìm thấy tệp chứng thư số tin cậy: {path}</source>
        <translation>Trusted certificate file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="152"/>
        <source>chứng thư số của tổ chức khác ({org}): {wanted}</source>
        <translation>a certificate of another organisation ({org}): {wanted}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="196"/>
        <source>; đã kiểm tra thu hồi</source>
        <translation>; revocation checked</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="204"/>
        <source>Chữ ký {index} ({role}) [{field}]: {status} — {who}, ký lúc {when}{stamp}</source>
        <translation>Signature {index} ({role}) [{field}]: {status} — {who}, signed at {when}{stamp}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="308"/>
        <source> theo giờ người ký tự ghi, chưa được chứng minh</source>
        <translation> by the signer&apos;s own clock, unproven</translation>
    </message>
    <message>
        <location filename="../../gui/signing/inbox.py" line="202"/>
        <location filename="../../gui/signing/verify.py" line="312"/>
        <source>chưa kiểm tra thu hồi</source>
        <translation>revocation not checked</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="399"/>
        <location filename="../../gui/signing/verify.py" line="336"/>
        <source>Không đọc được tệp chứng thư số tin cậy {path}: {error}</source>
        <translation>Could not read the trusted certificate file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="156"/>
        <source>chứng thư số của tổ chức khác ({org}), không phải của {unit}: mục tổ chức (O) phải ghi đúng tên đơn vị ({names})</source>
        <translation>certificate of another organisation ({org}), not of {unit}: its organisation (O) must be the unit&apos;s exact name ({names})</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="182"/>
        <source> theo giờ người ký tự ghi (không có dấu thời gian tin cậy: giờ ký chưa được chứng minh)</source>
        <translation> by the signer&apos;s own clock (no trusted timestamp: the signing time is unproven)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="199"/>
        <source>; chưa kiểm tra thu hồi (không có danh sách thu hồi CRL hay trả lời OCSP dùng được cho chứng thư số này)</source>
        <translation>; revocation not checked (no usable CRL or OCSP answer for this certificate)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="351"/>
        <source>Tệp {path} không phải chứng thư số (X.509, dạng .cer/.crt/.pem). Hãy chọn tệp chứng thư số gốc hoặc trung gian do Bộ cung cấp.</source>
        <translation>The file {path} is not a certificate (X.509, as .cer/.crt/.pem). Choose the root or intermediate certificate file the Ministry provides.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="369"/>
        <source>Không tìm thấy tệp danh sách thu hồi (CRL): {path}</source>
        <translation>Revocation list (CRL) file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="370"/>
        <source>Không đọc được tệp danh sách thu hồi {path}: {error}</source>
        <translation>Cannot read the revocation list file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="371"/>
        <source>Tệp danh sách thu hồi {path} quá lớn (hơn 20 MB).</source>
        <translation>The revocation list file {path} is too large (over 20 MB).</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="378"/>
        <source>Tệp {path} không phải danh sách thu hồi chứng thư số (CRL, dạng .crl/.pem). Hãy chọn tệp CRL do tổ chức cấp chứng thư số công bố.</source>
        <translation>The file {path} is not a certificate revocation list (CRL, .crl/.pem). Choose the CRL file the certification authority publishes.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="419"/>
        <source>tệp PDF hỏng hoặc không trọn vẹn (có thể bị cắt cụt), không đọc được chữ ký số</source>
        <translation>the PDF is damaged or incomplete (perhaps cut short); its signatures cannot be read</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="466"/>
        <source>dấu thời gian tài liệu thêm sau chữ ký cuối không xác minh được: máy chủ dấu thời gian “{tsa}” không thuộc nguồn tin cậy đã nạp, nên nó không chứng minh được thời điểm nào</source>
        <translation>the document timestamp added after the last signature cannot be verified: the timestamp authority “{tsa}” is not among the loaded trusted sources, so it proves no time</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="505"/>
        <source>hai chữ ký bằng cùng một chứng thư số: báo cáo cần chữ ký của người có thẩm quyền và chữ ký của cơ quan, bằng hai chứng thư khác nhau; không tin cậy</source>
        <translation>both signatures made with the same certificate: a report needs the competent person&apos;s signature and the agency&apos;s, with two different certificates; not trusted</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="512"/>
        <source>chỉ có một chữ ký số (của {role}): báo cáo phải có hai chữ ký, của người có thẩm quyền rồi của cơ quan; chưa tin cậy cho đến khi có đủ hai chữ ký</source>
        <translation>only one digital signature (of {role}): a report needs two signatures, the competent person&apos;s then the agency&apos;s; not trusted until both are there</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="520"/>
        <source>có {count} chữ ký số: báo cáo chỉ có hai chữ ký (người có thẩm quyền rồi cơ quan), chữ ký thêm vào không rõ của ai; không tin cậy</source>
        <translation>{count} digital signatures: a report has only two (the competent person&apos;s then the agency&apos;s), whose the added one is is unknown; not trusted</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="526"/>
        <source>chữ ký của cơ quan có trước chữ ký của người có thẩm quyền (sai thứ tự: người có thẩm quyền ký trước, văn thư ký số của cơ quan sau); không tin cậy</source>
        <translation>the agency&apos;s signature comes before the competent person&apos;s (wrong order: the competent person signs first, the agency&apos;s clerk after); not trusted</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="531"/>
        <source>hai chữ ký cùng vai trò ({role}): báo cáo cần chữ ký của người có thẩm quyền rồi của cơ quan; không tin cậy</source>
        <translation>two signatures with the same role ({role}): a report needs the competent person&apos;s signature then the agency&apos;s; not trusted</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="573"/>
        <source>giờ ký do máy người ký ghi ở tương lai (máy tính sai giờ?): chứng thư số được xét theo hiện tại</source>
        <translation>the signing time the signer&apos;s computer wrote is in the future (a wrong clock?): the certificate is judged as of now</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="593"/>
        <source>dấu thời gian không xác minh được: máy chủ dấu thời gian “{tsa}” không thuộc nguồn tin cậy đã nạp, nên không chứng minh được giờ ký</source>
        <translation>the timestamp cannot be verified: the timestamp authority “{tsa}” is not among the loaded trusted sources, so it does not prove the signing time</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="601"/>
        <source>không kiểm tra được chữ ký ({error})</source>
        <translation>the signature cannot be checked ({error})</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="621"/>
        <source>nội dung đã ký bị thay đổi hoặc chữ ký không khớp chứng thư số</source>
        <translation>the signed content was changed or the signature does not match the certificate</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="628"/>
        <location filename="../../gui/signing/verify.py" line="727"/>
        <location filename="../../gui/signing/verify.py" line="731"/>
        <location filename="../../gui/signing/verify.py" line="734"/>
        <source>tệp bị sửa đổi sau khi ký (không chỉ thêm chữ ký)</source>
        <translation>the file was changed after signing (more than signatures added)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="664"/>
        <source>chứng thư số đã bị thu hồi (theo danh sách thu hồi CRL hoặc trả lời OCSP của tổ chức cấp chứng thư số)</source>
        <translation>the certificate has been revoked (according to the issuing CA&apos;s CRL or OCSP answer)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/rejudge.py" line="163"/>
        <location filename="../../gui/signing/verify.py" line="655"/>
        <location filename="../../gui/signing/verify.py" line="1054"/>
        <source>lúc kiểm tra</source>
        <translation>the time of checking</translation>
    </message>
    <message>
        <location filename="../../gui/signing/rejudge.py" line="165"/>
        <location filename="../../gui/signing/verify.py" line="650"/>
        <source>thời điểm ký</source>
        <translation>the signing time</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="741"/>
        <source>sau chữ ký cuối cùng, tệp bị thêm hoặc điền trường biểu mẫu ({fields}): phần hiển thị có thể khác nội dung đã ký</source>
        <translation>after the last signature, form fields were added or filled ({fields}): what is shown may differ from what was signed</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="748"/>
        <source>sau chữ ký này, tệp bị thêm hoặc điền trường biểu mẫu không phải chữ ký tiếp theo ({fields}): phần hiển thị có thể khác nội dung đã ký</source>
        <translation>after this signature, form fields other than the next signature were added or filled ({fields}): what is shown may differ from what was signed</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="836"/>
        <source>chữ ký sau ({field}) hiển thị ở ngoài khối chữ ký của báo cáo: phần hiển thị có thể khác nội dung đã ký</source>
        <translation>the later signature ({field}) is drawn outside the report&apos;s signature block: what is shown may differ from what was signed</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="1059"/>
        <source>chứng thư số gốc tin cậy “{name}” không có hiệu lực {what} (hiệu lực từ {start} đến {end}): không dùng làm gốc tin cậy; hãy nạp chứng thư số gốc còn hiệu lực</source>
        <translation>the trusted root certificate “{name}” is not valid {what} (valid from {start} to {end}): it is not used as a trust anchor; load a root certificate that is valid</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="1065"/>
        <source>vào thời điểm ký</source>
        <translation>at the signing time</translation>
    </message>
    <message>
        <location filename="../../gui/signing/rejudge.py" line="167"/>
        <location filename="../../gui/signing/verify.py" line="1292"/>
        <source>chưa có hiệu lực vào {what}</source>
        <translation>not yet valid at {what}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/rejudge.py" line="169"/>
        <location filename="../../gui/signing/verify.py" line="1294"/>
        <source>đã hết hạn trước {what}</source>
        <translation>expired before {what}</translation>
    </message>
    <message>
        <location filename="../../gui/signing/rejudge.py" line="170"/>
        <location filename="../../gui/signing/verify.py" line="1295"/>
        <source>chứng thư số {state} (hiệu lực từ {start} đến {end} giờ Việt Nam)</source>
        <translation>the certificate is {state} (valid from {start} to {end} Vietnam time)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/verify.py" line="1306"/>
        <source>chứng thư số đã bị thu hồi</source>
        <translation>the certificate is revoked</translation>
    </message>
    <message>
        <location filename="../../gui/signing/rejudge.py" line="133"/>
        <location filename="../../gui/signing/verify.py" line="1308"/>
        <source>chứng thư số không được cấp bởi tổ chức nào trong danh sách tin cậy đã nạp (thiếu chứng thư số gốc hoặc trung gian)</source>
        <translation>the certificate was not issued by any organisation in the loaded trust list (a root or intermediate certificate is missing)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/rejudge.py" line="143"/>
        <location filename="../../gui/signing/rejudge.py" line="148"/>
        <location filename="../../gui/signing/verify.py" line="1314"/>
        <source>chứng thư số không được phép dùng để ký văn bản (mục đích sử dụng khóa)</source>
        <translation>the certificate may not sign documents (key usage)</translation>
    </message>
    <message>
        <location filename="../../gui/signing/rejudge.py" line="141"/>
        <location filename="../../gui/signing/rejudge.py" line="145"/>
        <location filename="../../gui/signing/verify.py" line="1315"/>
        <source>chứng thư số không xác minh được với danh sách tin cậy đã nạp</source>
        <translation>the certificate cannot be verified with the loaded trust list</translation>
    </message>
    <message>
        <location filename="../../gui/commands/sign.py" line="197"/>
        <source>Tệp {path} không phải tệp PDF: chỉ kiểm tra được chữ ký số trong tệp PDF.</source>
        <translation>The file {path} is not a PDF: digital signatures can only be checked in a PDF.</translation>
    </message>
    <message>
        <location filename="../../gui/inbox/importer.py" line="564"/>
        <source>Bộ yêu cầu chữ ký số tin cậy (Cài đặt, hoặc --require-signature) nhưng {status} Không nhập.</source>
        <translation>The Ministry requires trusted digital signatures (Settings, or --require-signature) but {status} Not imported.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/anchors.py" line="109"/>
        <source>Tệp {path} không phải chứng thư số (X.509, dạng .cer/.crt/.pem) hay danh sách thu hồi (.crl). Hãy chọn tệp chứng thư số gốc, trung gian hoặc tệp CRL do tổ chức cấp chứng thư cung cấp.</source>
        <translation>The file {path} is not a certificate (X.509, .cer/.crt/.pem) or a revocation list (.crl). Choose a root or intermediate certificate or a CRL file provided by the certification authority.</translation>
    </message>
    <message>
        <location filename="../../gui/signing/anchors.py" line="180"/>
        <source>Tệp {path} phải chứa đúng một chứng thư số của người ký hoặc của cơ quan (không phải chứng thư của tổ chức cấp chứng thư); tệp có {count}.</source>
        <translation>The file {path} must hold exactly one certificate of a signer or of an agency (not a certification authority&apos;s); it holds {count}.</translation>
    </message>
</context>
<context>
    <name>SigningCommands</name>
    <message>
        <location filename="../../gui/views/signing_commands.py" line="61"/>
        <source>Chọn tệp PDF đã xuất của báo cáo</source>
        <translation>Choose the report&apos;s exported PDF file</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_commands.py" line="93"/>
        <source>người có thẩm quyền</source>
        <translation>the competent person</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_commands.py" line="93"/>
        <source>cơ quan, do văn thư ký</source>
        <translation>the agency, applied by the clerk</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_commands.py" line="96"/>
        <source>Đã ký số {name} ({role}): {who}.</source>
        <translation>Signed {name} ({role}): {who}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_commands.py" line="103"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SigningSettingsTab</name>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="36"/>
        <source>Các trình điều khiển token tìm thấy trên máy; có thể gõ hoặc chọn đường dẫn khác</source>
        <translation>Token drivers found on this PC; another path can be typed or chosen</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="42"/>
        <source>Chỉ cần khi cắm nhiều token</source>
        <translation>Only needed when several tokens are plugged in</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="44"/>
        <source>Thay cho USB token (không bắt buộc)</source>
        <translation>Instead of a USB token (optional)</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="46"/>
        <source>ảnh chữ ký</source>
        <translation>signature image</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="48"/>
        <source>ảnh con dấu</source>
        <translation>seal image</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="50"/>
        <source>Để trống: không lấy dấu thời gian; mất mạng vẫn ký được</source>
        <translation>Empty: no timestamp; signing works offline too</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="54"/>
        <source>Từ chối báo cáo chưa ký số khi nhập (Bộ Công Thương)</source>
        <translation>Refuse unsigned reports when importing (Ministry)</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="63"/>
        <source>Thư viện PKCS#11 của token:</source>
        <translation>Token’s PKCS#11 library:</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="64"/>
        <source>Nhãn token:</source>
        <translation>Token label:</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="65"/>
        <source>Tệp .pfx/.p12:</source>
        <translation>.pfx/.p12 file:</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="66"/>
        <source>Ảnh chữ ký (PNG nền trong suốt):</source>
        <translation>Signature image (transparent PNG):</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="67"/>
        <source>Ảnh con dấu (PNG, màu đỏ, đúng kích thước):</source>
        <translation>Seal image (red PNG, real size):</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="68"/>
        <source>Máy chủ dấu thời gian:</source>
        <translation>Timestamp server:</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="69"/>
        <source>Thêm…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="70"/>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="80"/>
        <source>Chứng thư số gốc, trung gian tin cậy:</source>
        <translation>Trusted root and intermediate certificates:</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="84"/>
        <source>Mã PIN của token và mật khẩu tệp .pfx được hỏi mỗi lần ký và không bao giờ được lưu. Bộ Công Thương: chỉ chữ ký có chứng thư số nối tới một chứng thư số gốc trong danh sách trên mới được coi là tin cậy.</source>
        <translation>The token’s PIN and the .pfx password are asked at each signing and never saved. Ministry: only a signature whose certificate chains to a root in the list above is trusted.</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="94"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="106"/>
        <source>Chọn thư viện PKCS#11</source>
        <translation>Choose the PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="106"/>
        <source>Thư viện (*.dll *.so *.dylib)</source>
        <translation>Libraries (*.dll *.so *.dylib)</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="111"/>
        <source>Chọn tệp chứng thư số</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="111"/>
        <source>Chứng thư số (*.pfx *.p12)</source>
        <translation>Certificates (*.pfx *.p12)</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="46"/>
        <source>Chọn ảnh chữ ký</source>
        <translation>Choose the signature image</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="48"/>
        <source>Chọn ảnh con dấu</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="117"/>
        <source>Chọn chứng thư số tin cậy</source>
        <translation>Choose trusted certificates</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="117"/>
        <source>Chứng thư số (*.cer *.crt *.pem *.der)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der)</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="143"/>
        <source>Không tìm thấy thư viện PKCS#11: {path}</source>
        <translation>PKCS#11 library not found: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/views/signing_settings.py" line="145"/>
        <source>Địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https://.</source>
        <translation>The timestamp server’s address must start with http:// or https://.</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../gui/views/report_list.py" line="345"/>
        <source>Bắt đầu trong ba bước</source>
        <translation>Getting started in three steps</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="349"/>
        <source>&lt;b&gt;1. Hồ sơ cơ quan&lt;/b&gt; — một lần: đơn vị báo cáo, người ký, nơi nhận. Mọi báo cáo mới lấy sẵn các thông tin này.</source>
        <translation>&lt;b&gt;1. Agency profile&lt;/b&gt; — once: the reporting unit, the signer, the recipients. Every new report starts from it.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="353"/>
        <source>&lt;b&gt;2. Báo cáo mới&lt;/b&gt; (Ctrl+N) — chọn kỳ báo cáo rồi nhập từng mục. Mọi thứ tự động lưu; Ctrl+F tìm một mục, F1 xem hướng dẫn cho mục đang nhập.</source>
        <translation>&lt;b&gt;2. New report&lt;/b&gt; (Ctrl+N) — choose the period, then fill in each item. Everything is saved automatically; Ctrl+F finds an item, F1 explains the current one.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="357"/>
        <source>&lt;b&gt;3. Kiểm tra và xuất PDF&lt;/b&gt; — F7 liệt kê những gì còn thiếu hoặc chưa khớp; Ctrl+E xuất văn bản PDF để trình ký và gửi Bộ Công Thương.</source>
        <translation>&lt;b&gt;3. Check and export the PDF&lt;/b&gt; — F7 lists what is missing or inconsistent; Ctrl+E exports the PDF to sign and send to the Ministry of Industry and Trade.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="362"/>
        <source>1. Hồ sơ cơ quan…</source>
        <translation>1. Agency profile…</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="363"/>
        <source>2. Báo cáo mới…</source>
        <translation>2. New report…</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="365"/>
        <source>Báo cáo “mẫu” trong danh sách là ví dụ đã điền đủ, để xem trước; xóa khi không cần nữa.</source>
        <translation>The “example” report in the list is filled in completely to show how it looks; delete it when no longer needed.</translation>
    </message>
    <message>
        <location filename="../../gui/views/report_list.py" line="368"/>
        <source>Xóa báo cáo mẫu</source>
        <translation>Delete the example report</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../gui/store/backups.py" line="55"/>
        <source>Không tạo được bản sao lưu trong {folder}: {error}</source>
        <translation>Could not make a backup in {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/store/backups.py" line="96"/>
        <source>Bản sao lưu {name} không đọc được: {error}</source>
        <translation>The backup {name} cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/store/backups.py" line="100"/>
        <source>Bản sao lưu {name} bị hỏng, không thể khôi phục từ nó.</source>
        <translation>The backup {name} is damaged; it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../gui/store/backups.py" line="121"/>
        <source>Không khôi phục được {path} từ {name}: {error}</source>
        <translation>Could not restore {path} from {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/store/database.py" line="27"/>
        <source>Không mở được cơ sở dữ liệu {path}: {error}</source>
        <translation>Could not open the database {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/store/database.py" line="99"/>
        <source>Cơ sở dữ liệu {path} được tạo bởi phiên bản mới hơn của ứng dụng (có thay đổi cấu trúc: {changes}). Hãy cập nhật ứng dụng, hoặc mở tệp khác.</source>
        <translation>The database {path} was written by a newer version of the app (structure changes: {changes}). Update the app, or open another file.</translation>
    </message>
    <message>
        <location filename="../../gui/store/database.py" line="133"/>
        <source>Tệp {path} bị hỏng hoặc không phải cơ sở dữ liệu của ứng dụng. Hãy khôi phục từ bản sao lưu (menu Tệp → Khôi phục từ bản sao lưu) hoặc mở tệp khác.</source>
        <translation>The file {path} is damaged or is not a database of this app. Restore it from a backup (menu File → Restore from a backup) or open another file.</translation>
    </message>
    <message>
        <location filename="../../gui/store/database.py" line="140"/>
        <source>Cơ sở dữ liệu {path} đang bị một chương trình khác khóa (có thể là một cửa sổ khác của ứng dụng). Hãy đóng chương trình đó rồi thử lại.</source>
        <translation>The database {path} is locked by another program (perhaps another window of this app). Close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/store/database.py" line="146"/>
        <source>Không ghi được vào {path}: thư mục hoặc tệp chỉ cho phép đọc, hoặc không có quyền ghi. Hãy mở hoặc lưu cơ sở dữ liệu ở thư mục khác.</source>
        <translation>Could not write to {path}: the folder or the file is read-only, or you may not write there. Open or save the database in another folder.</translation>
    </message>
    <message>
        <location filename="../../gui/store/database.py" line="152"/>
        <source>Ổ đĩa chứa {path} đã đầy nên chưa lưu được thay đổi mới nhất. Hãy giải phóng dung lượng rồi thử lại.</source>
        <translation>The disk holding {path} is full, so the latest change is not saved yet. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../gui/store/database.py" line="157"/>
        <source>Lỗi cơ sở dữ liệu {path}: {error}.</source>
        <translation>Database error in {path}: {error}.</translation>
    </message>
    <message>
        <location filename="../../gui/store/database.py" line="158"/>
        <source>Dữ liệu đã lưu trước đó vẫn nguyên vẹn.</source>
        <translation>Everything saved before is intact.</translation>
    </message>
    <message>
        <location filename="../../gui/store/reports.py" line="48"/>
        <source>Không có báo cáo số {id} trong cơ sở dữ liệu.</source>
        <translation>There is no report number {id} in the database.</translation>
    </message>
    <message>
        <location filename="../../gui/store/reports.py" line="53"/>
        <source>Báo cáo nhận từ địa phương chỉ được xem, không được sửa.</source>
        <translation>A report received from a unit can be viewed, not edited.</translation>
    </message>
    <message>
        <location filename="../../gui/store/reports.py" line="474"/>
        <source>Không có mục &apos;{name}&apos; trong phần đầu báo cáo.</source>
        <translation>The report&apos;s header has no item &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../gui/store/reports.py" line="478"/>
        <source>Mẫu báo cáo không có trường &apos;{key}&apos;.</source>
        <translation>The report template has no field &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../gui/store/reports.py" line="480"/>
        <source>Trường &apos;{key}&apos; được tính tự động, không nhập tay.</source>
        <translation>The field &apos;{key}&apos; is computed, not typed.</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../../gui/views/fields/table.py" line="438"/>
        <source>+ Thêm dòng</source>
        <translation>+ Add row</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/table.py" line="439"/>
        <source>− Xóa dòng</source>
        <translation>− Delete row</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/table.py" line="440"/>
        <source>Thêm một dòng vào cuối bảng (Insert)</source>
        <translation>Add a row at the end of the table (Insert)</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/table.py" line="441"/>
        <source>Xóa dòng đang chọn (Ctrl+Delete)</source>
        <translation>Delete the selected row (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../../gui/views/fields/table.py" line="74"/>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/table.py" line="122"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/table.py" line="122"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/table.py" line="164"/>
        <source>{table}, cột {message}</source>
        <translation>{table}, column {message}</translation>
    </message>
</context>
<context>
    <name>TreeSync</name>
    <message>
        <location filename="../../gui/views/editor/tree_sync.py" line="65"/>
        <source>{errors} lỗi, {warnings} cảnh báo</source>
        <translation>{errors} error(s), {warnings} warning(s)</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <location filename="../../gui/operations/trust.py" line="84"/>
        <source>tệp chứng thư số đơn vị gửi</source>
        <translation>certificate file the unit sent</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="85"/>
        <source>thấy trong báo cáo đã nhận, người kiểm tra xác nhận</source>
        <translation>seen in a received report, confirmed by a reviewer</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="88"/>
        <source>chứng thư gốc</source>
        <translation>root certificate</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="89"/>
        <source>chứng thư trung gian</source>
        <translation>intermediate certificate</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="90"/>
        <source>danh sách thu hồi (CRL)</source>
        <translation>revocation list (CRL)</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="161"/>
        <source>Không có đơn vị mã &apos;{code}&apos;: mã tỉnh (ví dụ 40) hoặc mã bộ, ngành (ví dụ BTC).</source>
        <translation>No unit with code &apos;{code}&apos;: a province code (for example 40) or a ministry code (for example BTC).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="178"/>
        <source>Vai trò &apos;{role}&apos; không có: signer (người có thẩm quyền) hoặc agency (cơ quan).</source>
        <translation>No role &apos;{role}&apos;: signer (the competent person) or agency.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="192"/>
        <source>Chứng thư số của cơ quan phải ghi đúng tên cơ quan ở mục tổ chức (O): “{expected}”; chứng thư này ghi “{found}”. Địa chỉ (tỉnh, thành phố) trong chứng thư không xác định đơn vị. Không đăng ký.</source>
        <translation>An agency&apos;s certificate must name the agency exactly in its organisation (O): “{expected}”; this one says “{found}”. Addresses (province, city) in a certificate do not identify a unit. Not registered.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="199"/>
        <source>Chứng thư số của người có thẩm quyền phải ghi đúng tên đơn vị ở mục tổ chức (O): “{expected}”; chứng thư này ghi “{found}”. Tên chỉ chứa tên tỉnh, hay địa chỉ (tỉnh, thành phố) trong chứng thư, không xác định đơn vị. Không đăng ký.</source>
        <translation>The competent person&apos;s certificate must carry the unit&apos;s exact name in its organisation (O): “{expected}”; this certificate says “{found}”. A name that merely contains the province&apos;s, or an address (province, city) in the certificate, does not identify a unit. Not registered.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="212"/>
        <source>Chứng thư số đã hết hạn ngày {end}: không đăng ký chứng thư số hết hạn.</source>
        <translation>The certificate expired on {end}: an expired certificate is not registered.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="274"/>
        <source>Không tìm thấy tệp chứng thư số: {path}</source>
        <translation>Certificate file not found: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="275"/>
        <source>Không đọc được tệp chứng thư số {path}: {error}</source>
        <translation>Cannot read the certificate file {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="276"/>
        <source>Tệp chứng thư số {path} quá lớn (hơn {limit}).</source>
        <translation>The certificate file {path} is too large (over {limit}).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="307"/>
        <source>Không có báo cáo đã nhận nào được ký bằng chứng thư số có dấu vân tay bắt đầu bằng {prefix}.</source>
        <translation>No received report is signed with a certificate whose fingerprint starts with {prefix}.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="313"/>
        <source>Dấu vân tay {prefix} khớp nhiều chứng thư số hoặc nhiều đơn vị, vai trò: hãy ghi dài hơn, hoặc chọn vai trò (--role).</source>
        <translation>The fingerprint {prefix} matches several certificates, units or roles: give more of it, or choose the role (--role).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="323"/>
        <source>báo cáo số {id}</source>
        <translation>report no. {id}</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="332"/>
        <source>Dấu vân tay phải là 16–64 ký tự hex (0-9, a-f), như trong dòng nhập báo cáo.</source>
        <translation>A fingerprint is 16–64 hex characters (0-9, a-f), as in the import line.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="369"/>
        <source>Không có chứng thư số đang đăng ký nào có dấu vân tay bắt đầu bằng {prefix}.</source>
        <translation>No registered certificate has a fingerprint starting with {prefix}.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="375"/>
        <source>Có nhiều chứng thư số bắt đầu bằng {prefix}: hãy ghi dài hơn.</source>
        <translation>Several certificates start with {prefix}: give more of it.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="400"/>
        <source>Tệp {path} quá lớn (hơn {limit}).</source>
        <translation>The file {path} is too large (over {limit}).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="403"/>
        <source>Chưa chọn tệp chứng thư gốc, trung gian hay CRL nào.</source>
        <translation>No root, intermediate or CRL file chosen.</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="654"/>
        <source>Không có phiên bản báo cáo đã nhận số {id} (xem &apos;bvntd inbox versions&apos;).</source>
        <translation>No received version no. {id} (see &apos;bvntd inbox versions&apos;).</translation>
    </message>
    <message>
        <location filename="../../gui/operations/trust.py" line="661"/>
        <source>Phiên bản số {id} không chờ xác nhận: không có gì để chấp nhận.</source>
        <translation>Version no. {id} is not waiting for confirmation: nothing to accept.</translation>
    </message>
</context>
<context>
    <name>TrustPanel</name>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="264"/>
        <source>Nạp chứng thư gốc…</source>
        <translation>Load root certificate…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="268"/>
        <source>Chứng thư gốc, trung gian (.cer/.crt/.pem) hoặc danh sách thu hồi (.crl) của tổ chức cấp chứng thư</source>
        <translation>Root or intermediate certificates (.cer/.crt/.pem) or revocation lists (.crl) of the certification authority</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="272"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="272"/>
        <source>Tổ chức cấp chứng thư</source>
        <translation>Certification authority</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="272"/>
        <location filename="../../gui/views/inbox/certificates.py" line="330"/>
        <source>Hiệu lực</source>
        <translation>Validity</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="272"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="273"/>
        <source>Chứng thư gốc và danh sách thu hồi của Bộ</source>
        <translation>The Ministry&apos;s root certificates and revocation lists</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="283"/>
        <source>Kiểm tra thu hồi trực tuyến khi có mạng</source>
        <translation>Check revocation online when connected</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="287"/>
        <source>Khi nhập báo cáo, lấy danh sách thu hồi (CRL) hoặc trả lời OCSP từ tổ chức cấp chứng thư qua mạng, mỗi yêu cầu tối đa {seconds} giây; không có mạng thì trạng thái ghi &quot;chưa kiểm tra thu hồi&quot; (trừ khi đã nạp CRL). Cài đặt của máy này.</source>
        <translation>When importing reports, fetch the revocation list (CRL) or an OCSP answer from the certificate authority over the network, at most {seconds} seconds a request; without a network the status says &quot;revocation not checked&quot; (unless a CRL is loaded). A setting of this PC.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="298"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="299"/>
        <location filename="../../gui/views/inbox/certificates.py" line="326"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="300"/>
        <source>Kỳ</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="301"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="302"/>
        <source>Chữ ký số</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="303"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="307"/>
        <source>Xem và đăng ký chứng thư số…</source>
        <translation>View and register the certificate…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="310"/>
        <source>Chấp nhận phiên bản này</source>
        <translation>Accept this version</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="312"/>
        <source>Tính phiên bản vào tổng hợp dù chưa đủ điều kiện tin cậy (người chấp nhận được ghi lại)</source>
        <translation>Count this version although it is not trusted enough (who accepted it is recorded)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="315"/>
        <source>Phiên bản chờ xác nhận (chưa tính vào tổng hợp)</source>
        <translation>Versions waiting for confirmation (not counted)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="327"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="328"/>
        <source>Người được cấp</source>
        <translation>Holder</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="329"/>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="331"/>
        <source>Dấu vân tay SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="332"/>
        <source>Trạng thái</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="333"/>
        <source>Đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="337"/>
        <source>Đăng ký tệp chứng thư số…</source>
        <translation>Register a certificate file…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="339"/>
        <source>Ngừng chấp nhận</source>
        <translation>Stop accepting</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="341"/>
        <source>Sổ chứng thư số của các đơn vị</source>
        <translation>The units&apos; certificate registry</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="362"/>
        <source>Đang kiểm tra lại phiên bản đã nhận: %v/%m</source>
        <translation>Verifying received versions again: %v/%m</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="383"/>
        <location filename="../../gui/views/inbox/certificates.py" line="416"/>
        <source>từ {start} đến {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="392"/>
        <source>Đã nạp {roots} chứng thư gốc và {others} chứng thư trung gian hoặc danh sách thu hồi (CRL).</source>
        <translation>Loaded {roots} root certificates and {others} intermediate certificates or revocation lists (CRL).</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="396"/>
        <source>Chưa nạp chứng thư gốc nào: không chữ ký số nào được coi là tin cậy. Hãy nạp chứng thư gốc của tổ chức cấp chứng thư (ví dụ Ban Cơ yếu Chính phủ, NEAC).</source>
        <translation>No root certificate loaded: no digital signature is considered trusted. Load the root certificate of the certification authority (for example the Government Cipher Committee, NEAC).</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="418"/>
        <source>đang chấp nhận</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="420"/>
        <source>ngừng chấp nhận {day}</source>
        <translation>retired {day}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="421"/>
        <source>{day}, {by}, từ {source}</source>
        <translation>{day}, {by}, from {source}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="466"/>
        <source>Đã kiểm tra lại {n} phiên bản đã nhận: {status} đổi trạng thái chữ ký số, {groups} đơn vị/kỳ đổi phiên bản được tính.</source>
        <translation>Verified {n} received versions again: {status} changed signature status, {groups} units/periods changed the counted version.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="471"/>
        <source>{n} phiên bản nhận trước khi ứng dụng lưu tệp gốc: không thể kiểm tra lại, không còn được coi là tin cậy — hãy nhập lại tệp.</source>
        <translation>{n} versions received before the app kept the original files: they cannot be verified again and are no longer trusted — import the files again.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="489"/>
        <source>Đang kiểm tra lại các phiên bản đã nhận…</source>
        <translation>Verifying the received versions again…</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="525"/>
        <source>Không kiểm tra lại được các phiên bản đã nhận: {error}. Hãy thử lại (bvntd inbox reverify).</source>
        <translation>Could not verify the received versions again: {error}. Try again (bvntd inbox reverify).</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="554"/>
        <source>Chứng thư số</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="586"/>
        <source>Không lưu được cài đặt: {error}</source>
        <translation>Could not save the setting: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="589"/>
        <source>Từ lần nhập sau, thu hồi chứng thư số được kiểm tra qua mạng khi có mạng.</source>
        <translation>From the next import, certificate revocation is checked over the network when connected.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="591"/>
        <source>Từ lần nhập sau, thu hồi chỉ được kiểm tra theo các danh sách thu hồi (CRL) đã nạp.</source>
        <translation>From the next import, revocation is checked only against the loaded revocation lists (CRL).</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="597"/>
        <source>Chọn chứng thư gốc, trung gian hoặc CRL</source>
        <translation>Choose root or intermediate certificates or CRLs</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="599"/>
        <source>Chứng thư số, CRL (*.cer *.crt *.pem *.der *.crl);;Mọi tệp (*)</source>
        <translation>Certificates, CRLs (*.cer *.crt *.pem *.der *.crl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="608"/>
        <source>không có gì mới</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="609"/>
        <source>Đã nạp: {names}.</source>
        <translation>Loaded: {names}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="640"/>
        <location filename="../../gui/views/inbox/certificates.py" line="674"/>
        <source>Đã đăng ký chứng thư số của {holder} ({role}) cho {unit}.</source>
        <translation>Registered the certificate of {holder} ({role}) for {unit}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="653"/>
        <source>Đã chấp nhận phiên bản {id} của {unit}, kỳ {period}.</source>
        <translation>Accepted version {id} of {unit}, period {period}.</translation>
    </message>
    <message>
        <location filename="../../gui/views/inbox/certificates.py" line="688"/>
        <source>Đã ngừng chấp nhận chứng thư số.</source>
        <translation>Stopped accepting the certificate.</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../gui/views/dialogs.py" line="101"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="102"/>
        <source>Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ</source>
        <translation>Ministry, ministry-level or government agency</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="112"/>
        <source>— Chọn bộ, cơ quan —</source>
        <translation>— Choose a ministry or agency —</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="147"/>
        <source>— Chọn tỉnh/thành phố —</source>
        <translation>— Choose a province or city —</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="150"/>
        <source>{name} (thành phố)</source>
        <translation>{name} (city)</translation>
    </message>
    <message>
        <location filename="../../gui/views/dialogs.py" line="155"/>
        <source>Danh sách tỉnh, thành phố theo {name}.</source>
        <translation>Provinces and cities as listed in {name}.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../gui/core/validation.py" line="62"/>
        <source>Trường “{key}” không có trong mẫu báo cáo {template} phiên bản {version}.</source>
        <translation>Field “{key}” is not in template {template} version {version}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/header.py" line="233"/>
        <location filename="../../gui/core/validation.py" line="119"/>
        <source>{label}: chưa nhập (bắt buộc).</source>
        <translation>{label}: missing (required).</translation>
    </message>
    <message>
        <location filename="../../gui/core/header.py" line="242"/>
        <source>{label}: có {count} dòng “Lưu: …”; văn bản chỉ có một dòng Lưu (ở cuối), hãy xóa dòng thừa.</source>
        <translation>{label}: {count} “Lưu: …” lines; a document has one (the last), delete the others.</translation>
    </message>
    <message>
        <location filename="../../gui/core/header.py" line="260"/>
        <source>{label}: ngày {day} trước ngày bắt đầu kỳ báo cáo ({start}).</source>
        <translation>{label}: {day} is before the period starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/header.py" line="289"/>
        <source>Báo cáo được lập theo mẫu {id} phiên bản {version}, không phải mẫu {current} phiên bản {current_version}.</source>
        <translation>The report uses template {id} v{version}, not {current} v{current_version}.</translation>
    </message>
    <message>
        <location filename="../../gui/core/validation.py" line="122"/>
        <source>{label}: chưa nhập; bắt buộc vì đã chọn “Có” ở “{cause}”.</source>
        <translation>{label}: missing; required because “{cause}” is answered Yes.</translation>
    </message>
    <message>
        <location filename="../../gui/core/validation.py" line="141"/>
        <source>{rule} (đang nhập {left} &gt; {right}).</source>
        <translation>{rule} (entered {left} &gt; {right}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/validation.py" line="157"/>
        <source>; {count} ô để trống được tính là 0</source>
        <translation>; {count} empty parts count as 0</translation>
    </message>
    <message>
        <location filename="../../gui/core/validation.py" line="159"/>
        <source>{rule} (cộng các phần: {added}, tổng số: {total}{note}).</source>
        <translation>{rule} (parts add up to {added}, total {total}{note}).</translation>
    </message>
    <message>
        <location filename="../../gui/core/legacy_encoding.py" line="151"/>
        <source>{label}: văn bản có vẻ được gõ bằng bảng mã cũ {encoding}, sẽ hiển thị sai trên máy khác và trong tệp PDF. Chọn “Chuyển sang Unicode” để sửa.</source>
        <translation>{label}: the text looks typed in the legacy {encoding} encoding and will show garbled elsewhere. Choose “Convert to Unicode” to fix it.</translation>
    </message>
</context>
<context>
    <name>WebmailRow</name>
    <message>
        <location filename="../../gui/views/sending.py" line="23"/>
        <source>Gửi tới &lt;b&gt;{to}&lt;/b&gt;. Dùng webmail: chép từng mục rồi dán vào thư mới, đính kèm tệp PDF từ thư mục (nút “Mở thư mục” chọn sẵn tệp).</source>
        <translation>Send to &lt;b&gt;{to}&lt;/b&gt;. With webmail: copy each item and paste it into a new message, attach the PDF from its folder (“Open folder” selects the file).</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="27"/>
        <source>Chưa có địa chỉ email nhận báo cáo của Bộ: nhập ở &lt;b&gt;Cài đặt › Gửi báo cáo&lt;/b&gt; (Ctrl+,).</source>
        <translation>No Ministry e-mail address for reports yet: enter it in &lt;b&gt;Settings › Sending&lt;/b&gt; (Ctrl+,).</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="32"/>
        <source>Chép địa chỉ</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="34"/>
        <source>Chép tiêu đề</source>
        <translation>Copy subject</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="35"/>
        <source>Chép nội dung thư</source>
        <translation>Copy message text</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="38"/>
        <source>Đã chép địa chỉ.</source>
        <translation>Address copied.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="39"/>
        <source>Đã chép tiêu đề.</source>
        <translation>Subject copied.</translation>
    </message>
    <message>
        <location filename="../../gui/views/sending.py" line="40"/>
        <source>Đã chép nội dung thư.</source>
        <translation>Message text copied.</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <location filename="../../gui/views/fields/simple.py" line="208"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../gui/views/fields/simple.py" line="208"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../gui/views/fields/table.py" line="366"/>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../gui/views/fields/base.py" line="44"/>
        <source>Không nhận đoạn vừa nhập: nội dung sẽ dài {length} ký tự, vượt giới hạn {limit} ký tự của trường này. Không có gì bị cắt bớt, nội dung cũ được giữ nguyên; hãy rút gọn rồi nhập lại.</source>
        <translation>The text was not accepted: it would be {length} characters long, over this field’s limit of {limit}. Nothing was cut; the old text is kept. Please shorten it and try again.</translation>
    </message>
</context>
</TS>
