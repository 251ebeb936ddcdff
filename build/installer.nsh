; Windows installer additions (electron-builder nsis.include).
;
; Capture files get "Open with ProxLab" without taking the default program from Wireshark.
; As Wireshark's own installer does, ProxLab becomes the default only for an extension that
; no program holds. .gz is offered but never claimed: it is every gzip file, not only
; .pcap.gz (Windows looks at the last extension only). The .proxlab session type is owned
; through electron-builder's fileAssociations.

!define PROXLAB_CAPTURE_CLASS "ProxLab.Capture"

!macro proxlabOfferCapture EXT CLAIM
  WriteRegNone SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${PROXLAB_CAPTURE_CLASS}"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\SupportedTypes" ".${EXT}" ""
  !if "${CLAIM}" == "claim"
    ReadRegStr $0 HKCR ".${EXT}" ""
    ${if} $0 == ""
      WriteRegStr SHELL_CONTEXT "Software\Classes\.${EXT}" "" "${PROXLAB_CAPTURE_CLASS}"
    ${endif}
  !endif
!macroend

!macro proxlabWithdrawCapture EXT
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids" "${PROXLAB_CAPTURE_CLASS}"
  ReadRegStr $0 SHELL_CONTEXT "Software\Classes\.${EXT}" ""
  ${if} $0 == "${PROXLAB_CAPTURE_CLASS}"
    DeleteRegValue SHELL_CONTEXT "Software\Classes\.${EXT}" ""
  ${endif}
  DeleteRegKey /ifempty SHELL_CONTEXT "Software\Classes\.${EXT}\OpenWithProgids"
  DeleteRegKey /ifempty SHELL_CONTEXT "Software\Classes\.${EXT}"
!macroend

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\${PROXLAB_CAPTURE_CLASS}" "" "Packet capture"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${PROXLAB_CAPTURE_CLASS}\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${PROXLAB_CAPTURE_CLASS}\shell\open" "" "Open with ProxLab"
  WriteRegStr SHELL_CONTEXT "Software\Classes\${PROXLAB_CAPTURE_CLASS}\shell\open\command" "" '"$appExe" "%1"'
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}" "FriendlyAppName" "ProxLab"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}\shell\open\command" "" '"$appExe" "%1"'
  !insertmacro proxlabOfferCapture "pcap" "claim"
  !insertmacro proxlabOfferCapture "pcapng" "claim"
  !insertmacro proxlabOfferCapture "cap" "claim"
  !insertmacro proxlabOfferCapture "gz" "offer"
  ; SHCNE_ASSOCCHANGED, SHCNF_FLUSH: Explorer rereads the associations.
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)"
!macroend

!macro customUnInstall
  !insertmacro proxlabWithdrawCapture "pcap"
  !insertmacro proxlabWithdrawCapture "pcapng"
  !insertmacro proxlabWithdrawCapture "cap"
  !insertmacro proxlabWithdrawCapture "gz"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\${PROXLAB_CAPTURE_CLASS}"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Applications\${APP_EXECUTABLE_FILENAME}"
  System::Call "shell32::SHChangeNotify(i 0x08000000, i 0x1000, i 0, i 0)"
!macroend
