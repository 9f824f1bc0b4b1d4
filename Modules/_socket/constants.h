/* The integer constants of the socket module, for Linux.  Each name is
 * taken from the system headers when they define it and otherwise from
 * the Linux ABI value, so that the module offers the same names on every
 * Linux build whatever headers are installed.  Included once, by
 * socketmodule.c. */

#ifdef AF_ALG
    {"AF_ALG", (long)(AF_ALG)},
#else
    {"AF_ALG", 38L},
#endif
#ifdef AF_APPLETALK
    {"AF_APPLETALK", (long)(AF_APPLETALK)},
#else
    {"AF_APPLETALK", 5L},
#endif
#ifdef AF_ASH
    {"AF_ASH", (long)(AF_ASH)},
#else
    {"AF_ASH", 18L},
#endif
#ifdef AF_ATMPVC
    {"AF_ATMPVC", (long)(AF_ATMPVC)},
#else
    {"AF_ATMPVC", 8L},
#endif
#ifdef AF_ATMSVC
    {"AF_ATMSVC", (long)(AF_ATMSVC)},
#else
    {"AF_ATMSVC", 20L},
#endif
#ifdef AF_AX25
    {"AF_AX25", (long)(AF_AX25)},
#else
    {"AF_AX25", 3L},
#endif
#ifdef AF_BLUETOOTH
    {"AF_BLUETOOTH", (long)(AF_BLUETOOTH)},
#else
    {"AF_BLUETOOTH", 31L},
#endif
#ifdef AF_BRIDGE
    {"AF_BRIDGE", (long)(AF_BRIDGE)},
#else
    {"AF_BRIDGE", 7L},
#endif
#ifdef AF_CAN
    {"AF_CAN", (long)(AF_CAN)},
#else
    {"AF_CAN", 29L},
#endif
#ifdef AF_DECnet
    {"AF_DECnet", (long)(AF_DECnet)},
#else
    {"AF_DECnet", 12L},
#endif
#ifdef AF_ECONET
    {"AF_ECONET", (long)(AF_ECONET)},
#else
    {"AF_ECONET", 19L},
#endif
#ifdef AF_INET
    {"AF_INET", (long)(AF_INET)},
#else
    {"AF_INET", 2L},
#endif
#ifdef AF_INET6
    {"AF_INET6", (long)(AF_INET6)},
#else
    {"AF_INET6", 10L},
#endif
#ifdef AF_IPX
    {"AF_IPX", (long)(AF_IPX)},
#else
    {"AF_IPX", 4L},
#endif
#ifdef AF_IRDA
    {"AF_IRDA", (long)(AF_IRDA)},
#else
    {"AF_IRDA", 23L},
#endif
#ifdef AF_KEY
    {"AF_KEY", (long)(AF_KEY)},
#else
    {"AF_KEY", 15L},
#endif
#ifdef AF_LLC
    {"AF_LLC", (long)(AF_LLC)},
#else
    {"AF_LLC", 26L},
#endif
#ifdef AF_NETBEUI
    {"AF_NETBEUI", (long)(AF_NETBEUI)},
#else
    {"AF_NETBEUI", 13L},
#endif
#ifdef AF_NETLINK
    {"AF_NETLINK", (long)(AF_NETLINK)},
#else
    {"AF_NETLINK", 16L},
#endif
#ifdef AF_NETROM
    {"AF_NETROM", (long)(AF_NETROM)},
#else
    {"AF_NETROM", 6L},
#endif
#ifdef AF_PACKET
    {"AF_PACKET", (long)(AF_PACKET)},
#else
    {"AF_PACKET", 17L},
#endif
#ifdef AF_PPPOX
    {"AF_PPPOX", (long)(AF_PPPOX)},
#else
    {"AF_PPPOX", 24L},
#endif
#ifdef AF_QIPCRTR
    {"AF_QIPCRTR", (long)(AF_QIPCRTR)},
#else
    {"AF_QIPCRTR", 42L},
#endif
#ifdef AF_RDS
    {"AF_RDS", (long)(AF_RDS)},
#else
    {"AF_RDS", 21L},
#endif
#ifdef AF_ROSE
    {"AF_ROSE", (long)(AF_ROSE)},
#else
    {"AF_ROSE", 11L},
#endif
#ifdef AF_ROUTE
    {"AF_ROUTE", (long)(AF_ROUTE)},
#else
    {"AF_ROUTE", 16L},
#endif
#ifdef AF_SECURITY
    {"AF_SECURITY", (long)(AF_SECURITY)},
#else
    {"AF_SECURITY", 14L},
#endif
#ifdef AF_SNA
    {"AF_SNA", (long)(AF_SNA)},
#else
    {"AF_SNA", 22L},
#endif
#ifdef AF_TIPC
    {"AF_TIPC", (long)(AF_TIPC)},
#else
    {"AF_TIPC", 30L},
#endif
#ifdef AF_UNIX
    {"AF_UNIX", (long)(AF_UNIX)},
#else
    {"AF_UNIX", 1L},
#endif
#ifdef AF_UNSPEC
    {"AF_UNSPEC", (long)(AF_UNSPEC)},
#else
    {"AF_UNSPEC", 0L},
#endif
#ifdef AF_VSOCK
    {"AF_VSOCK", (long)(AF_VSOCK)},
#else
    {"AF_VSOCK", 40L},
#endif
#ifdef AF_WANPIPE
    {"AF_WANPIPE", (long)(AF_WANPIPE)},
#else
    {"AF_WANPIPE", 25L},
#endif
#ifdef AF_X25
    {"AF_X25", (long)(AF_X25)},
#else
    {"AF_X25", 9L},
#endif
#ifdef AI_ADDRCONFIG
    {"AI_ADDRCONFIG", (long)(AI_ADDRCONFIG)},
#else
    {"AI_ADDRCONFIG", 32L},
#endif
#ifdef AI_ALL
    {"AI_ALL", (long)(AI_ALL)},
#else
    {"AI_ALL", 16L},
#endif
#ifdef AI_CANONNAME
    {"AI_CANONNAME", (long)(AI_CANONNAME)},
#else
    {"AI_CANONNAME", 2L},
#endif
#ifdef AI_NUMERICHOST
    {"AI_NUMERICHOST", (long)(AI_NUMERICHOST)},
#else
    {"AI_NUMERICHOST", 4L},
#endif
#ifdef AI_NUMERICSERV
    {"AI_NUMERICSERV", (long)(AI_NUMERICSERV)},
#else
    {"AI_NUMERICSERV", 1024L},
#endif
#ifdef AI_PASSIVE
    {"AI_PASSIVE", (long)(AI_PASSIVE)},
#else
    {"AI_PASSIVE", 1L},
#endif
#ifdef AI_V4MAPPED
    {"AI_V4MAPPED", (long)(AI_V4MAPPED)},
#else
    {"AI_V4MAPPED", 8L},
#endif
#ifdef ALG_OP_DECRYPT
    {"ALG_OP_DECRYPT", (long)(ALG_OP_DECRYPT)},
#else
    {"ALG_OP_DECRYPT", 0L},
#endif
#ifdef ALG_OP_ENCRYPT
    {"ALG_OP_ENCRYPT", (long)(ALG_OP_ENCRYPT)},
#else
    {"ALG_OP_ENCRYPT", 1L},
#endif
#ifdef ALG_OP_SIGN
    {"ALG_OP_SIGN", (long)(ALG_OP_SIGN)},
#else
    {"ALG_OP_SIGN", 2L},
#endif
#ifdef ALG_OP_VERIFY
    {"ALG_OP_VERIFY", (long)(ALG_OP_VERIFY)},
#else
    {"ALG_OP_VERIFY", 3L},
#endif
#ifdef ALG_SET_AEAD_ASSOCLEN
    {"ALG_SET_AEAD_ASSOCLEN", (long)(ALG_SET_AEAD_ASSOCLEN)},
#else
    {"ALG_SET_AEAD_ASSOCLEN", 4L},
#endif
#ifdef ALG_SET_AEAD_AUTHSIZE
    {"ALG_SET_AEAD_AUTHSIZE", (long)(ALG_SET_AEAD_AUTHSIZE)},
#else
    {"ALG_SET_AEAD_AUTHSIZE", 5L},
#endif
#ifdef ALG_SET_IV
    {"ALG_SET_IV", (long)(ALG_SET_IV)},
#else
    {"ALG_SET_IV", 2L},
#endif
#ifdef ALG_SET_KEY
    {"ALG_SET_KEY", (long)(ALG_SET_KEY)},
#else
    {"ALG_SET_KEY", 1L},
#endif
#ifdef ALG_SET_OP
    {"ALG_SET_OP", (long)(ALG_SET_OP)},
#else
    {"ALG_SET_OP", 3L},
#endif
#ifdef ALG_SET_PUBKEY
    {"ALG_SET_PUBKEY", (long)(ALG_SET_PUBKEY)},
#else
    {"ALG_SET_PUBKEY", 6L},
#endif
#ifdef BTPROTO_HCI
    {"BTPROTO_HCI", (long)(BTPROTO_HCI)},
#else
    {"BTPROTO_HCI", 1L},
#endif
#ifdef BTPROTO_L2CAP
    {"BTPROTO_L2CAP", (long)(BTPROTO_L2CAP)},
#else
    {"BTPROTO_L2CAP", 0L},
#endif
#ifdef BTPROTO_RFCOMM
    {"BTPROTO_RFCOMM", (long)(BTPROTO_RFCOMM)},
#else
    {"BTPROTO_RFCOMM", 3L},
#endif
#ifdef BTPROTO_SCO
    {"BTPROTO_SCO", (long)(BTPROTO_SCO)},
#else
    {"BTPROTO_SCO", 2L},
#endif
#ifdef CAN_BCM
    {"CAN_BCM", (long)(CAN_BCM)},
#else
    {"CAN_BCM", 2L},
#endif
#ifdef CAN_BCM_CAN_FD_FRAME
    {"CAN_BCM_CAN_FD_FRAME", (long)(CAN_BCM_CAN_FD_FRAME)},
#else
    {"CAN_BCM_CAN_FD_FRAME", 2048L},
#endif
#ifdef CAN_BCM_RX_ANNOUNCE_RESUME
    {"CAN_BCM_RX_ANNOUNCE_RESUME", (long)(CAN_BCM_RX_ANNOUNCE_RESUME)},
#else
    {"CAN_BCM_RX_ANNOUNCE_RESUME", 256L},
#endif
#ifdef CAN_BCM_RX_CHANGED
    {"CAN_BCM_RX_CHANGED", (long)(CAN_BCM_RX_CHANGED)},
#else
    {"CAN_BCM_RX_CHANGED", 12L},
#endif
#ifdef CAN_BCM_RX_CHECK_DLC
    {"CAN_BCM_RX_CHECK_DLC", (long)(CAN_BCM_RX_CHECK_DLC)},
#else
    {"CAN_BCM_RX_CHECK_DLC", 64L},
#endif
#ifdef CAN_BCM_RX_DELETE
    {"CAN_BCM_RX_DELETE", (long)(CAN_BCM_RX_DELETE)},
#else
    {"CAN_BCM_RX_DELETE", 6L},
#endif
#ifdef CAN_BCM_RX_FILTER_ID
    {"CAN_BCM_RX_FILTER_ID", (long)(CAN_BCM_RX_FILTER_ID)},
#else
    {"CAN_BCM_RX_FILTER_ID", 32L},
#endif
#ifdef CAN_BCM_RX_NO_AUTOTIMER
    {"CAN_BCM_RX_NO_AUTOTIMER", (long)(CAN_BCM_RX_NO_AUTOTIMER)},
#else
    {"CAN_BCM_RX_NO_AUTOTIMER", 128L},
#endif
#ifdef CAN_BCM_RX_READ
    {"CAN_BCM_RX_READ", (long)(CAN_BCM_RX_READ)},
#else
    {"CAN_BCM_RX_READ", 7L},
#endif
#ifdef CAN_BCM_RX_RTR_FRAME
    {"CAN_BCM_RX_RTR_FRAME", (long)(CAN_BCM_RX_RTR_FRAME)},
#else
    {"CAN_BCM_RX_RTR_FRAME", 1024L},
#endif
#ifdef CAN_BCM_RX_SETUP
    {"CAN_BCM_RX_SETUP", (long)(CAN_BCM_RX_SETUP)},
#else
    {"CAN_BCM_RX_SETUP", 5L},
#endif
#ifdef CAN_BCM_RX_STATUS
    {"CAN_BCM_RX_STATUS", (long)(CAN_BCM_RX_STATUS)},
#else
    {"CAN_BCM_RX_STATUS", 10L},
#endif
#ifdef CAN_BCM_RX_TIMEOUT
    {"CAN_BCM_RX_TIMEOUT", (long)(CAN_BCM_RX_TIMEOUT)},
#else
    {"CAN_BCM_RX_TIMEOUT", 11L},
#endif
#ifdef CAN_BCM_SETTIMER
    {"CAN_BCM_SETTIMER", (long)(CAN_BCM_SETTIMER)},
#else
    {"CAN_BCM_SETTIMER", 1L},
#endif
#ifdef CAN_BCM_STARTTIMER
    {"CAN_BCM_STARTTIMER", (long)(CAN_BCM_STARTTIMER)},
#else
    {"CAN_BCM_STARTTIMER", 2L},
#endif
#ifdef CAN_BCM_TX_ANNOUNCE
    {"CAN_BCM_TX_ANNOUNCE", (long)(CAN_BCM_TX_ANNOUNCE)},
#else
    {"CAN_BCM_TX_ANNOUNCE", 8L},
#endif
#ifdef CAN_BCM_TX_COUNTEVT
    {"CAN_BCM_TX_COUNTEVT", (long)(CAN_BCM_TX_COUNTEVT)},
#else
    {"CAN_BCM_TX_COUNTEVT", 4L},
#endif
#ifdef CAN_BCM_TX_CP_CAN_ID
    {"CAN_BCM_TX_CP_CAN_ID", (long)(CAN_BCM_TX_CP_CAN_ID)},
#else
    {"CAN_BCM_TX_CP_CAN_ID", 16L},
#endif
#ifdef CAN_BCM_TX_DELETE
    {"CAN_BCM_TX_DELETE", (long)(CAN_BCM_TX_DELETE)},
#else
    {"CAN_BCM_TX_DELETE", 2L},
#endif
#ifdef CAN_BCM_TX_EXPIRED
    {"CAN_BCM_TX_EXPIRED", (long)(CAN_BCM_TX_EXPIRED)},
#else
    {"CAN_BCM_TX_EXPIRED", 9L},
#endif
#ifdef CAN_BCM_TX_READ
    {"CAN_BCM_TX_READ", (long)(CAN_BCM_TX_READ)},
#else
    {"CAN_BCM_TX_READ", 3L},
#endif
#ifdef CAN_BCM_TX_RESET_MULTI_IDX
    {"CAN_BCM_TX_RESET_MULTI_IDX", (long)(CAN_BCM_TX_RESET_MULTI_IDX)},
#else
    {"CAN_BCM_TX_RESET_MULTI_IDX", 512L},
#endif
#ifdef CAN_BCM_TX_SEND
    {"CAN_BCM_TX_SEND", (long)(CAN_BCM_TX_SEND)},
#else
    {"CAN_BCM_TX_SEND", 4L},
#endif
#ifdef CAN_BCM_TX_SETUP
    {"CAN_BCM_TX_SETUP", (long)(CAN_BCM_TX_SETUP)},
#else
    {"CAN_BCM_TX_SETUP", 1L},
#endif
#ifdef CAN_BCM_TX_STATUS
    {"CAN_BCM_TX_STATUS", (long)(CAN_BCM_TX_STATUS)},
#else
    {"CAN_BCM_TX_STATUS", 8L},
#endif
#ifdef CAN_EFF_FLAG
    {"CAN_EFF_FLAG", (long)(CAN_EFF_FLAG)},
#else
    {"CAN_EFF_FLAG", 2147483648L},
#endif
#ifdef CAN_EFF_MASK
    {"CAN_EFF_MASK", (long)(CAN_EFF_MASK)},
#else
    {"CAN_EFF_MASK", 536870911L},
#endif
#ifdef CAN_ERR_FLAG
    {"CAN_ERR_FLAG", (long)(CAN_ERR_FLAG)},
#else
    {"CAN_ERR_FLAG", 536870912L},
#endif
#ifdef CAN_ERR_MASK
    {"CAN_ERR_MASK", (long)(CAN_ERR_MASK)},
#else
    {"CAN_ERR_MASK", 536870911L},
#endif
#ifdef CAN_ISOTP
    {"CAN_ISOTP", (long)(CAN_ISOTP)},
#else
    {"CAN_ISOTP", 6L},
#endif
#ifdef CAN_J1939
    {"CAN_J1939", (long)(CAN_J1939)},
#else
    {"CAN_J1939", 7L},
#endif
#ifdef CAN_RAW
    {"CAN_RAW", (long)(CAN_RAW)},
#else
    {"CAN_RAW", 1L},
#endif
#ifdef CAN_RAW_FD_FRAMES
    {"CAN_RAW_FD_FRAMES", (long)(CAN_RAW_FD_FRAMES)},
#else
    {"CAN_RAW_FD_FRAMES", 5L},
#endif
#ifdef CAN_RAW_FILTER
    {"CAN_RAW_FILTER", (long)(CAN_RAW_FILTER)},
#else
    {"CAN_RAW_FILTER", 1L},
#endif
#ifdef CAN_RAW_JOIN_FILTERS
    {"CAN_RAW_JOIN_FILTERS", (long)(CAN_RAW_JOIN_FILTERS)},
#else
    {"CAN_RAW_JOIN_FILTERS", 6L},
#endif
#ifdef CAN_RAW_LOOPBACK
    {"CAN_RAW_LOOPBACK", (long)(CAN_RAW_LOOPBACK)},
#else
    {"CAN_RAW_LOOPBACK", 3L},
#endif
#ifdef CAN_RAW_RECV_OWN_MSGS
    {"CAN_RAW_RECV_OWN_MSGS", (long)(CAN_RAW_RECV_OWN_MSGS)},
#else
    {"CAN_RAW_RECV_OWN_MSGS", 4L},
#endif
#ifdef CAN_RTR_FLAG
    {"CAN_RTR_FLAG", (long)(CAN_RTR_FLAG)},
#else
    {"CAN_RTR_FLAG", 1073741824L},
#endif
#ifdef CAN_SFF_MASK
    {"CAN_SFF_MASK", (long)(CAN_SFF_MASK)},
#else
    {"CAN_SFF_MASK", 2047L},
#endif
#ifdef EAI_ADDRFAMILY
    {"EAI_ADDRFAMILY", (long)(EAI_ADDRFAMILY)},
#else
    {"EAI_ADDRFAMILY", -9L},
#endif
#ifdef EAI_AGAIN
    {"EAI_AGAIN", (long)(EAI_AGAIN)},
#else
    {"EAI_AGAIN", -3L},
#endif
#ifdef EAI_BADFLAGS
    {"EAI_BADFLAGS", (long)(EAI_BADFLAGS)},
#else
    {"EAI_BADFLAGS", -1L},
#endif
#ifdef EAI_FAIL
    {"EAI_FAIL", (long)(EAI_FAIL)},
#else
    {"EAI_FAIL", -4L},
#endif
#ifdef EAI_FAMILY
    {"EAI_FAMILY", (long)(EAI_FAMILY)},
#else
    {"EAI_FAMILY", -6L},
#endif
#ifdef EAI_MEMORY
    {"EAI_MEMORY", (long)(EAI_MEMORY)},
#else
    {"EAI_MEMORY", -10L},
#endif
#ifdef EAI_NODATA
    {"EAI_NODATA", (long)(EAI_NODATA)},
#else
    {"EAI_NODATA", -5L},
#endif
#ifdef EAI_NONAME
    {"EAI_NONAME", (long)(EAI_NONAME)},
#else
    {"EAI_NONAME", -2L},
#endif
#ifdef EAI_OVERFLOW
    {"EAI_OVERFLOW", (long)(EAI_OVERFLOW)},
#else
    {"EAI_OVERFLOW", -12L},
#endif
#ifdef EAI_SERVICE
    {"EAI_SERVICE", (long)(EAI_SERVICE)},
#else
    {"EAI_SERVICE", -8L},
#endif
#ifdef EAI_SOCKTYPE
    {"EAI_SOCKTYPE", (long)(EAI_SOCKTYPE)},
#else
    {"EAI_SOCKTYPE", -7L},
#endif
#ifdef EAI_SYSTEM
    {"EAI_SYSTEM", (long)(EAI_SYSTEM)},
#else
    {"EAI_SYSTEM", -11L},
#endif
#ifdef HCI_DATA_DIR
    {"HCI_DATA_DIR", (long)(HCI_DATA_DIR)},
#else
    {"HCI_DATA_DIR", 1L},
#endif
#ifdef HCI_FILTER
    {"HCI_FILTER", (long)(HCI_FILTER)},
#else
    {"HCI_FILTER", 2L},
#endif
#ifdef HCI_TIME_STAMP
    {"HCI_TIME_STAMP", (long)(HCI_TIME_STAMP)},
#else
    {"HCI_TIME_STAMP", 3L},
#endif
#ifdef INADDR_ALLHOSTS_GROUP
    {"INADDR_ALLHOSTS_GROUP", (long)(INADDR_ALLHOSTS_GROUP)},
#else
    {"INADDR_ALLHOSTS_GROUP", 3758096385L},
#endif
#ifdef INADDR_ANY
    {"INADDR_ANY", (long)(INADDR_ANY)},
#else
    {"INADDR_ANY", 0L},
#endif
#ifdef INADDR_BROADCAST
    {"INADDR_BROADCAST", (long)(INADDR_BROADCAST)},
#else
    {"INADDR_BROADCAST", 4294967295L},
#endif
#ifdef INADDR_LOOPBACK
    {"INADDR_LOOPBACK", (long)(INADDR_LOOPBACK)},
#else
    {"INADDR_LOOPBACK", 2130706433L},
#endif
#ifdef INADDR_MAX_LOCAL_GROUP
    {"INADDR_MAX_LOCAL_GROUP", (long)(INADDR_MAX_LOCAL_GROUP)},
#else
    {"INADDR_MAX_LOCAL_GROUP", 3758096639L},
#endif
#ifdef INADDR_NONE
    {"INADDR_NONE", (long)(INADDR_NONE)},
#else
    {"INADDR_NONE", 4294967295L},
#endif
#ifdef INADDR_UNSPEC_GROUP
    {"INADDR_UNSPEC_GROUP", (long)(INADDR_UNSPEC_GROUP)},
#else
    {"INADDR_UNSPEC_GROUP", 3758096384L},
#endif
#ifdef IOCTL_VM_SOCKETS_GET_LOCAL_CID
    {"IOCTL_VM_SOCKETS_GET_LOCAL_CID", (long)(IOCTL_VM_SOCKETS_GET_LOCAL_CID)},
#else
    {"IOCTL_VM_SOCKETS_GET_LOCAL_CID", 1977L},
#endif
#ifdef IPPORT_RESERVED
    {"IPPORT_RESERVED", (long)(IPPORT_RESERVED)},
#else
    {"IPPORT_RESERVED", 1024L},
#endif
#ifdef IPPORT_USERRESERVED
    {"IPPORT_USERRESERVED", (long)(IPPORT_USERRESERVED)},
#else
    {"IPPORT_USERRESERVED", 5000L},
#endif
#ifdef IPPROTO_AH
    {"IPPROTO_AH", (long)(IPPROTO_AH)},
#else
    {"IPPROTO_AH", 51L},
#endif
#ifdef IPPROTO_DSTOPTS
    {"IPPROTO_DSTOPTS", (long)(IPPROTO_DSTOPTS)},
#else
    {"IPPROTO_DSTOPTS", 60L},
#endif
#ifdef IPPROTO_EGP
    {"IPPROTO_EGP", (long)(IPPROTO_EGP)},
#else
    {"IPPROTO_EGP", 8L},
#endif
#ifdef IPPROTO_ESP
    {"IPPROTO_ESP", (long)(IPPROTO_ESP)},
#else
    {"IPPROTO_ESP", 50L},
#endif
#ifdef IPPROTO_FRAGMENT
    {"IPPROTO_FRAGMENT", (long)(IPPROTO_FRAGMENT)},
#else
    {"IPPROTO_FRAGMENT", 44L},
#endif
#ifdef IPPROTO_GRE
    {"IPPROTO_GRE", (long)(IPPROTO_GRE)},
#else
    {"IPPROTO_GRE", 47L},
#endif
#ifdef IPPROTO_HOPOPTS
    {"IPPROTO_HOPOPTS", (long)(IPPROTO_HOPOPTS)},
#else
    {"IPPROTO_HOPOPTS", 0L},
#endif
#ifdef IPPROTO_ICMP
    {"IPPROTO_ICMP", (long)(IPPROTO_ICMP)},
#else
    {"IPPROTO_ICMP", 1L},
#endif
#ifdef IPPROTO_ICMPV6
    {"IPPROTO_ICMPV6", (long)(IPPROTO_ICMPV6)},
#else
    {"IPPROTO_ICMPV6", 58L},
#endif
#ifdef IPPROTO_IDP
    {"IPPROTO_IDP", (long)(IPPROTO_IDP)},
#else
    {"IPPROTO_IDP", 22L},
#endif
#ifdef IPPROTO_IGMP
    {"IPPROTO_IGMP", (long)(IPPROTO_IGMP)},
#else
    {"IPPROTO_IGMP", 2L},
#endif
#ifdef IPPROTO_IP
    {"IPPROTO_IP", (long)(IPPROTO_IP)},
#else
    {"IPPROTO_IP", 0L},
#endif
#ifdef IPPROTO_IPIP
    {"IPPROTO_IPIP", (long)(IPPROTO_IPIP)},
#else
    {"IPPROTO_IPIP", 4L},
#endif
#ifdef IPPROTO_IPV6
    {"IPPROTO_IPV6", (long)(IPPROTO_IPV6)},
#else
    {"IPPROTO_IPV6", 41L},
#endif
#ifdef IPPROTO_MPTCP
    {"IPPROTO_MPTCP", (long)(IPPROTO_MPTCP)},
#else
    {"IPPROTO_MPTCP", 262L},
#endif
#ifdef IPPROTO_NONE
    {"IPPROTO_NONE", (long)(IPPROTO_NONE)},
#else
    {"IPPROTO_NONE", 59L},
#endif
#ifdef IPPROTO_PIM
    {"IPPROTO_PIM", (long)(IPPROTO_PIM)},
#else
    {"IPPROTO_PIM", 103L},
#endif
#ifdef IPPROTO_PUP
    {"IPPROTO_PUP", (long)(IPPROTO_PUP)},
#else
    {"IPPROTO_PUP", 12L},
#endif
#ifdef IPPROTO_RAW
    {"IPPROTO_RAW", (long)(IPPROTO_RAW)},
#else
    {"IPPROTO_RAW", 255L},
#endif
#ifdef IPPROTO_ROUTING
    {"IPPROTO_ROUTING", (long)(IPPROTO_ROUTING)},
#else
    {"IPPROTO_ROUTING", 43L},
#endif
#ifdef IPPROTO_RSVP
    {"IPPROTO_RSVP", (long)(IPPROTO_RSVP)},
#else
    {"IPPROTO_RSVP", 46L},
#endif
#ifdef IPPROTO_SCTP
    {"IPPROTO_SCTP", (long)(IPPROTO_SCTP)},
#else
    {"IPPROTO_SCTP", 132L},
#endif
#ifdef IPPROTO_TCP
    {"IPPROTO_TCP", (long)(IPPROTO_TCP)},
#else
    {"IPPROTO_TCP", 6L},
#endif
#ifdef IPPROTO_TP
    {"IPPROTO_TP", (long)(IPPROTO_TP)},
#else
    {"IPPROTO_TP", 29L},
#endif
#ifdef IPPROTO_UDP
    {"IPPROTO_UDP", (long)(IPPROTO_UDP)},
#else
    {"IPPROTO_UDP", 17L},
#endif
#ifdef IPPROTO_UDPLITE
    {"IPPROTO_UDPLITE", (long)(IPPROTO_UDPLITE)},
#else
    {"IPPROTO_UDPLITE", 136L},
#endif
#ifdef IPV6_CHECKSUM
    {"IPV6_CHECKSUM", (long)(IPV6_CHECKSUM)},
#else
    {"IPV6_CHECKSUM", 7L},
#endif
#ifdef IPV6_DONTFRAG
    {"IPV6_DONTFRAG", (long)(IPV6_DONTFRAG)},
#else
    {"IPV6_DONTFRAG", 62L},
#endif
#ifdef IPV6_DSTOPTS
    {"IPV6_DSTOPTS", (long)(IPV6_DSTOPTS)},
#else
    {"IPV6_DSTOPTS", 59L},
#endif
#ifdef IPV6_HOPLIMIT
    {"IPV6_HOPLIMIT", (long)(IPV6_HOPLIMIT)},
#else
    {"IPV6_HOPLIMIT", 52L},
#endif
#ifdef IPV6_HOPOPTS
    {"IPV6_HOPOPTS", (long)(IPV6_HOPOPTS)},
#else
    {"IPV6_HOPOPTS", 54L},
#endif
#ifdef IPV6_JOIN_GROUP
    {"IPV6_JOIN_GROUP", (long)(IPV6_JOIN_GROUP)},
#else
    {"IPV6_JOIN_GROUP", 20L},
#endif
#ifdef IPV6_LEAVE_GROUP
    {"IPV6_LEAVE_GROUP", (long)(IPV6_LEAVE_GROUP)},
#else
    {"IPV6_LEAVE_GROUP", 21L},
#endif
#ifdef IPV6_MULTICAST_HOPS
    {"IPV6_MULTICAST_HOPS", (long)(IPV6_MULTICAST_HOPS)},
#else
    {"IPV6_MULTICAST_HOPS", 18L},
#endif
#ifdef IPV6_MULTICAST_IF
    {"IPV6_MULTICAST_IF", (long)(IPV6_MULTICAST_IF)},
#else
    {"IPV6_MULTICAST_IF", 17L},
#endif
#ifdef IPV6_MULTICAST_LOOP
    {"IPV6_MULTICAST_LOOP", (long)(IPV6_MULTICAST_LOOP)},
#else
    {"IPV6_MULTICAST_LOOP", 19L},
#endif
#ifdef IPV6_NEXTHOP
    {"IPV6_NEXTHOP", (long)(IPV6_NEXTHOP)},
#else
    {"IPV6_NEXTHOP", 9L},
#endif
#ifdef IPV6_PATHMTU
    {"IPV6_PATHMTU", (long)(IPV6_PATHMTU)},
#else
    {"IPV6_PATHMTU", 61L},
#endif
#ifdef IPV6_PKTINFO
    {"IPV6_PKTINFO", (long)(IPV6_PKTINFO)},
#else
    {"IPV6_PKTINFO", 50L},
#endif
#ifdef IPV6_RECVDSTOPTS
    {"IPV6_RECVDSTOPTS", (long)(IPV6_RECVDSTOPTS)},
#else
    {"IPV6_RECVDSTOPTS", 58L},
#endif
#ifdef IPV6_RECVHOPLIMIT
    {"IPV6_RECVHOPLIMIT", (long)(IPV6_RECVHOPLIMIT)},
#else
    {"IPV6_RECVHOPLIMIT", 51L},
#endif
#ifdef IPV6_RECVHOPOPTS
    {"IPV6_RECVHOPOPTS", (long)(IPV6_RECVHOPOPTS)},
#else
    {"IPV6_RECVHOPOPTS", 53L},
#endif
#ifdef IPV6_RECVPATHMTU
    {"IPV6_RECVPATHMTU", (long)(IPV6_RECVPATHMTU)},
#else
    {"IPV6_RECVPATHMTU", 60L},
#endif
#ifdef IPV6_RECVPKTINFO
    {"IPV6_RECVPKTINFO", (long)(IPV6_RECVPKTINFO)},
#else
    {"IPV6_RECVPKTINFO", 49L},
#endif
#ifdef IPV6_RECVRTHDR
    {"IPV6_RECVRTHDR", (long)(IPV6_RECVRTHDR)},
#else
    {"IPV6_RECVRTHDR", 56L},
#endif
#ifdef IPV6_RECVTCLASS
    {"IPV6_RECVTCLASS", (long)(IPV6_RECVTCLASS)},
#else
    {"IPV6_RECVTCLASS", 66L},
#endif
#ifdef IPV6_RTHDR
    {"IPV6_RTHDR", (long)(IPV6_RTHDR)},
#else
    {"IPV6_RTHDR", 57L},
#endif
#ifdef IPV6_RTHDRDSTOPTS
    {"IPV6_RTHDRDSTOPTS", (long)(IPV6_RTHDRDSTOPTS)},
#else
    {"IPV6_RTHDRDSTOPTS", 55L},
#endif
#ifdef IPV6_RTHDR_TYPE_0
    {"IPV6_RTHDR_TYPE_0", (long)(IPV6_RTHDR_TYPE_0)},
#else
    {"IPV6_RTHDR_TYPE_0", 0L},
#endif
#ifdef IPV6_TCLASS
    {"IPV6_TCLASS", (long)(IPV6_TCLASS)},
#else
    {"IPV6_TCLASS", 67L},
#endif
#ifdef IPV6_UNICAST_HOPS
    {"IPV6_UNICAST_HOPS", (long)(IPV6_UNICAST_HOPS)},
#else
    {"IPV6_UNICAST_HOPS", 16L},
#endif
#ifdef IPV6_V6ONLY
    {"IPV6_V6ONLY", (long)(IPV6_V6ONLY)},
#else
    {"IPV6_V6ONLY", 26L},
#endif
#ifdef IP_ADD_MEMBERSHIP
    {"IP_ADD_MEMBERSHIP", (long)(IP_ADD_MEMBERSHIP)},
#else
    {"IP_ADD_MEMBERSHIP", 35L},
#endif
#ifdef IP_BIND_ADDRESS_NO_PORT
    {"IP_BIND_ADDRESS_NO_PORT", (long)(IP_BIND_ADDRESS_NO_PORT)},
#else
    {"IP_BIND_ADDRESS_NO_PORT", 24L},
#endif
#ifdef IP_DEFAULT_MULTICAST_LOOP
    {"IP_DEFAULT_MULTICAST_LOOP", (long)(IP_DEFAULT_MULTICAST_LOOP)},
#else
    {"IP_DEFAULT_MULTICAST_LOOP", 1L},
#endif
#ifdef IP_DEFAULT_MULTICAST_TTL
    {"IP_DEFAULT_MULTICAST_TTL", (long)(IP_DEFAULT_MULTICAST_TTL)},
#else
    {"IP_DEFAULT_MULTICAST_TTL", 1L},
#endif
#ifdef IP_DROP_MEMBERSHIP
    {"IP_DROP_MEMBERSHIP", (long)(IP_DROP_MEMBERSHIP)},
#else
    {"IP_DROP_MEMBERSHIP", 36L},
#endif
#ifdef IP_HDRINCL
    {"IP_HDRINCL", (long)(IP_HDRINCL)},
#else
    {"IP_HDRINCL", 3L},
#endif
#ifdef IP_MAX_MEMBERSHIPS
    {"IP_MAX_MEMBERSHIPS", (long)(IP_MAX_MEMBERSHIPS)},
#else
    {"IP_MAX_MEMBERSHIPS", 20L},
#endif
#ifdef IP_MULTICAST_IF
    {"IP_MULTICAST_IF", (long)(IP_MULTICAST_IF)},
#else
    {"IP_MULTICAST_IF", 32L},
#endif
#ifdef IP_MULTICAST_LOOP
    {"IP_MULTICAST_LOOP", (long)(IP_MULTICAST_LOOP)},
#else
    {"IP_MULTICAST_LOOP", 34L},
#endif
#ifdef IP_MULTICAST_TTL
    {"IP_MULTICAST_TTL", (long)(IP_MULTICAST_TTL)},
#else
    {"IP_MULTICAST_TTL", 33L},
#endif
#ifdef IP_OPTIONS
    {"IP_OPTIONS", (long)(IP_OPTIONS)},
#else
    {"IP_OPTIONS", 4L},
#endif
#ifdef IP_RECVOPTS
    {"IP_RECVOPTS", (long)(IP_RECVOPTS)},
#else
    {"IP_RECVOPTS", 6L},
#endif
#ifdef IP_RECVRETOPTS
    {"IP_RECVRETOPTS", (long)(IP_RECVRETOPTS)},
#else
    {"IP_RECVRETOPTS", 7L},
#endif
#ifdef IP_RECVTOS
    {"IP_RECVTOS", (long)(IP_RECVTOS)},
#else
    {"IP_RECVTOS", 13L},
#endif
#ifdef IP_RETOPTS
    {"IP_RETOPTS", (long)(IP_RETOPTS)},
#else
    {"IP_RETOPTS", 7L},
#endif
#ifdef IP_TOS
    {"IP_TOS", (long)(IP_TOS)},
#else
    {"IP_TOS", 1L},
#endif
#ifdef IP_TRANSPARENT
    {"IP_TRANSPARENT", (long)(IP_TRANSPARENT)},
#else
    {"IP_TRANSPARENT", 19L},
#endif
#ifdef IP_TTL
    {"IP_TTL", (long)(IP_TTL)},
#else
    {"IP_TTL", 2L},
#endif
#ifdef J1939_EE_INFO_NONE
    {"J1939_EE_INFO_NONE", (long)(J1939_EE_INFO_NONE)},
#else
    {"J1939_EE_INFO_NONE", 0L},
#endif
#ifdef J1939_EE_INFO_TX_ABORT
    {"J1939_EE_INFO_TX_ABORT", (long)(J1939_EE_INFO_TX_ABORT)},
#else
    {"J1939_EE_INFO_TX_ABORT", 1L},
#endif
#ifdef J1939_FILTER_MAX
    {"J1939_FILTER_MAX", (long)(J1939_FILTER_MAX)},
#else
    {"J1939_FILTER_MAX", 512L},
#endif
#ifdef J1939_IDLE_ADDR
    {"J1939_IDLE_ADDR", (long)(J1939_IDLE_ADDR)},
#else
    {"J1939_IDLE_ADDR", 254L},
#endif
#ifdef J1939_MAX_UNICAST_ADDR
    {"J1939_MAX_UNICAST_ADDR", (long)(J1939_MAX_UNICAST_ADDR)},
#else
    {"J1939_MAX_UNICAST_ADDR", 253L},
#endif
#ifdef J1939_NLA_BYTES_ACKED
    {"J1939_NLA_BYTES_ACKED", (long)(J1939_NLA_BYTES_ACKED)},
#else
    {"J1939_NLA_BYTES_ACKED", 1L},
#endif
#ifdef J1939_NLA_PAD
    {"J1939_NLA_PAD", (long)(J1939_NLA_PAD)},
#else
    {"J1939_NLA_PAD", 0L},
#endif
#ifdef J1939_NO_ADDR
    {"J1939_NO_ADDR", (long)(J1939_NO_ADDR)},
#else
    {"J1939_NO_ADDR", 255L},
#endif
#ifdef J1939_NO_NAME
    {"J1939_NO_NAME", (long)(J1939_NO_NAME)},
#else
    {"J1939_NO_NAME", 0L},
#endif
#ifdef J1939_NO_PGN
    {"J1939_NO_PGN", (long)(J1939_NO_PGN)},
#else
    {"J1939_NO_PGN", 262144L},
#endif
#ifdef J1939_PGN_ADDRESS_CLAIMED
    {"J1939_PGN_ADDRESS_CLAIMED", (long)(J1939_PGN_ADDRESS_CLAIMED)},
#else
    {"J1939_PGN_ADDRESS_CLAIMED", 60928L},
#endif
#ifdef J1939_PGN_ADDRESS_COMMANDED
    {"J1939_PGN_ADDRESS_COMMANDED", (long)(J1939_PGN_ADDRESS_COMMANDED)},
#else
    {"J1939_PGN_ADDRESS_COMMANDED", 65240L},
#endif
#ifdef J1939_PGN_MAX
    {"J1939_PGN_MAX", (long)(J1939_PGN_MAX)},
#else
    {"J1939_PGN_MAX", 262143L},
#endif
#ifdef J1939_PGN_PDU1_MAX
    {"J1939_PGN_PDU1_MAX", (long)(J1939_PGN_PDU1_MAX)},
#else
    {"J1939_PGN_PDU1_MAX", 261888L},
#endif
#ifdef J1939_PGN_REQUEST
    {"J1939_PGN_REQUEST", (long)(J1939_PGN_REQUEST)},
#else
    {"J1939_PGN_REQUEST", 59904L},
#endif
#ifdef MSG_CMSG_CLOEXEC
    {"MSG_CMSG_CLOEXEC", (long)(MSG_CMSG_CLOEXEC)},
#else
    {"MSG_CMSG_CLOEXEC", 1073741824L},
#endif
#ifdef MSG_CONFIRM
    {"MSG_CONFIRM", (long)(MSG_CONFIRM)},
#else
    {"MSG_CONFIRM", 2048L},
#endif
#ifdef MSG_CTRUNC
    {"MSG_CTRUNC", (long)(MSG_CTRUNC)},
#else
    {"MSG_CTRUNC", 8L},
#endif
#ifdef MSG_DONTROUTE
    {"MSG_DONTROUTE", (long)(MSG_DONTROUTE)},
#else
    {"MSG_DONTROUTE", 4L},
#endif
#ifdef MSG_DONTWAIT
    {"MSG_DONTWAIT", (long)(MSG_DONTWAIT)},
#else
    {"MSG_DONTWAIT", 64L},
#endif
#ifdef MSG_EOR
    {"MSG_EOR", (long)(MSG_EOR)},
#else
    {"MSG_EOR", 128L},
#endif
#ifdef MSG_ERRQUEUE
    {"MSG_ERRQUEUE", (long)(MSG_ERRQUEUE)},
#else
    {"MSG_ERRQUEUE", 8192L},
#endif
#ifdef MSG_FASTOPEN
    {"MSG_FASTOPEN", (long)(MSG_FASTOPEN)},
#else
    {"MSG_FASTOPEN", 536870912L},
#endif
#ifdef MSG_MORE
    {"MSG_MORE", (long)(MSG_MORE)},
#else
    {"MSG_MORE", 32768L},
#endif
#ifdef MSG_NOSIGNAL
    {"MSG_NOSIGNAL", (long)(MSG_NOSIGNAL)},
#else
    {"MSG_NOSIGNAL", 16384L},
#endif
#ifdef MSG_OOB
    {"MSG_OOB", (long)(MSG_OOB)},
#else
    {"MSG_OOB", 1L},
#endif
#ifdef MSG_PEEK
    {"MSG_PEEK", (long)(MSG_PEEK)},
#else
    {"MSG_PEEK", 2L},
#endif
#ifdef MSG_TRUNC
    {"MSG_TRUNC", (long)(MSG_TRUNC)},
#else
    {"MSG_TRUNC", 32L},
#endif
#ifdef MSG_WAITALL
    {"MSG_WAITALL", (long)(MSG_WAITALL)},
#else
    {"MSG_WAITALL", 256L},
#endif
#ifdef NETLINK_CRYPTO
    {"NETLINK_CRYPTO", (long)(NETLINK_CRYPTO)},
#else
    {"NETLINK_CRYPTO", 21L},
#endif
#ifdef NETLINK_DNRTMSG
    {"NETLINK_DNRTMSG", (long)(NETLINK_DNRTMSG)},
#else
    {"NETLINK_DNRTMSG", 14L},
#endif
#ifdef NETLINK_FIREWALL
    {"NETLINK_FIREWALL", (long)(NETLINK_FIREWALL)},
#else
    {"NETLINK_FIREWALL", 3L},
#endif
#ifdef NETLINK_IP6_FW
    {"NETLINK_IP6_FW", (long)(NETLINK_IP6_FW)},
#else
    {"NETLINK_IP6_FW", 13L},
#endif
#ifdef NETLINK_NFLOG
    {"NETLINK_NFLOG", (long)(NETLINK_NFLOG)},
#else
    {"NETLINK_NFLOG", 5L},
#endif
#ifdef NETLINK_ROUTE
    {"NETLINK_ROUTE", (long)(NETLINK_ROUTE)},
#else
    {"NETLINK_ROUTE", 0L},
#endif
#ifdef NETLINK_USERSOCK
    {"NETLINK_USERSOCK", (long)(NETLINK_USERSOCK)},
#else
    {"NETLINK_USERSOCK", 2L},
#endif
#ifdef NETLINK_XFRM
    {"NETLINK_XFRM", (long)(NETLINK_XFRM)},
#else
    {"NETLINK_XFRM", 6L},
#endif
#ifdef NI_DGRAM
    {"NI_DGRAM", (long)(NI_DGRAM)},
#else
    {"NI_DGRAM", 16L},
#endif
#ifdef NI_MAXHOST
    {"NI_MAXHOST", (long)(NI_MAXHOST)},
#else
    {"NI_MAXHOST", 1025L},
#endif
#ifdef NI_MAXSERV
    {"NI_MAXSERV", (long)(NI_MAXSERV)},
#else
    {"NI_MAXSERV", 32L},
#endif
#ifdef NI_NAMEREQD
    {"NI_NAMEREQD", (long)(NI_NAMEREQD)},
#else
    {"NI_NAMEREQD", 8L},
#endif
#ifdef NI_NOFQDN
    {"NI_NOFQDN", (long)(NI_NOFQDN)},
#else
    {"NI_NOFQDN", 4L},
#endif
#ifdef NI_NUMERICHOST
    {"NI_NUMERICHOST", (long)(NI_NUMERICHOST)},
#else
    {"NI_NUMERICHOST", 1L},
#endif
#ifdef NI_NUMERICSERV
    {"NI_NUMERICSERV", (long)(NI_NUMERICSERV)},
#else
    {"NI_NUMERICSERV", 2L},
#endif
#ifdef PACKET_BROADCAST
    {"PACKET_BROADCAST", (long)(PACKET_BROADCAST)},
#else
    {"PACKET_BROADCAST", 1L},
#endif
#ifdef PACKET_FASTROUTE
    {"PACKET_FASTROUTE", (long)(PACKET_FASTROUTE)},
#else
    {"PACKET_FASTROUTE", 6L},
#endif
#ifdef PACKET_HOST
    {"PACKET_HOST", (long)(PACKET_HOST)},
#else
    {"PACKET_HOST", 0L},
#endif
#ifdef PACKET_LOOPBACK
    {"PACKET_LOOPBACK", (long)(PACKET_LOOPBACK)},
#else
    {"PACKET_LOOPBACK", 5L},
#endif
#ifdef PACKET_MULTICAST
    {"PACKET_MULTICAST", (long)(PACKET_MULTICAST)},
#else
    {"PACKET_MULTICAST", 2L},
#endif
#ifdef PACKET_OTHERHOST
    {"PACKET_OTHERHOST", (long)(PACKET_OTHERHOST)},
#else
    {"PACKET_OTHERHOST", 3L},
#endif
#ifdef PACKET_OUTGOING
    {"PACKET_OUTGOING", (long)(PACKET_OUTGOING)},
#else
    {"PACKET_OUTGOING", 4L},
#endif
#ifdef PF_CAN
    {"PF_CAN", (long)(PF_CAN)},
#else
    {"PF_CAN", 29L},
#endif
#ifdef PF_PACKET
    {"PF_PACKET", (long)(PF_PACKET)},
#else
    {"PF_PACKET", 17L},
#endif
#ifdef PF_RDS
    {"PF_RDS", (long)(PF_RDS)},
#else
    {"PF_RDS", 21L},
#endif
#ifdef SCM_CREDENTIALS
    {"SCM_CREDENTIALS", (long)(SCM_CREDENTIALS)},
#else
    {"SCM_CREDENTIALS", 2L},
#endif
#ifdef SCM_J1939_DEST_ADDR
    {"SCM_J1939_DEST_ADDR", (long)(SCM_J1939_DEST_ADDR)},
#else
    {"SCM_J1939_DEST_ADDR", 1L},
#endif
#ifdef SCM_J1939_DEST_NAME
    {"SCM_J1939_DEST_NAME", (long)(SCM_J1939_DEST_NAME)},
#else
    {"SCM_J1939_DEST_NAME", 2L},
#endif
#ifdef SCM_J1939_ERRQUEUE
    {"SCM_J1939_ERRQUEUE", (long)(SCM_J1939_ERRQUEUE)},
#else
    {"SCM_J1939_ERRQUEUE", 4L},
#endif
#ifdef SCM_J1939_PRIO
    {"SCM_J1939_PRIO", (long)(SCM_J1939_PRIO)},
#else
    {"SCM_J1939_PRIO", 3L},
#endif
#ifdef SCM_RIGHTS
    {"SCM_RIGHTS", (long)(SCM_RIGHTS)},
#else
    {"SCM_RIGHTS", 1L},
#endif
#ifdef SHUT_RD
    {"SHUT_RD", (long)(SHUT_RD)},
#else
    {"SHUT_RD", 0L},
#endif
#ifdef SHUT_RDWR
    {"SHUT_RDWR", (long)(SHUT_RDWR)},
#else
    {"SHUT_RDWR", 2L},
#endif
#ifdef SHUT_WR
    {"SHUT_WR", (long)(SHUT_WR)},
#else
    {"SHUT_WR", 1L},
#endif
#ifdef SOCK_CLOEXEC
    {"SOCK_CLOEXEC", (long)(SOCK_CLOEXEC)},
#else
    {"SOCK_CLOEXEC", 524288L},
#endif
#ifdef SOCK_DGRAM
    {"SOCK_DGRAM", (long)(SOCK_DGRAM)},
#else
    {"SOCK_DGRAM", 2L},
#endif
#ifdef SOCK_NONBLOCK
    {"SOCK_NONBLOCK", (long)(SOCK_NONBLOCK)},
#else
    {"SOCK_NONBLOCK", 2048L},
#endif
#ifdef SOCK_RAW
    {"SOCK_RAW", (long)(SOCK_RAW)},
#else
    {"SOCK_RAW", 3L},
#endif
#ifdef SOCK_RDM
    {"SOCK_RDM", (long)(SOCK_RDM)},
#else
    {"SOCK_RDM", 4L},
#endif
#ifdef SOCK_SEQPACKET
    {"SOCK_SEQPACKET", (long)(SOCK_SEQPACKET)},
#else
    {"SOCK_SEQPACKET", 5L},
#endif
#ifdef SOCK_STREAM
    {"SOCK_STREAM", (long)(SOCK_STREAM)},
#else
    {"SOCK_STREAM", 1L},
#endif
#ifdef SOL_ALG
    {"SOL_ALG", (long)(SOL_ALG)},
#else
    {"SOL_ALG", 279L},
#endif
#ifdef SOL_CAN_BASE
    {"SOL_CAN_BASE", (long)(SOL_CAN_BASE)},
#else
    {"SOL_CAN_BASE", 100L},
#endif
#ifdef SOL_CAN_RAW
    {"SOL_CAN_RAW", (long)(SOL_CAN_RAW)},
#else
    {"SOL_CAN_RAW", 101L},
#endif
#ifdef SOL_HCI
    {"SOL_HCI", (long)(SOL_HCI)},
#else
    {"SOL_HCI", 0L},
#endif
#ifdef SOL_IP
    {"SOL_IP", (long)(SOL_IP)},
#else
    {"SOL_IP", 0L},
#endif
#ifdef SOL_RDS
    {"SOL_RDS", (long)(SOL_RDS)},
#else
    {"SOL_RDS", 276L},
#endif
#ifdef SOL_SOCKET
    {"SOL_SOCKET", (long)(SOL_SOCKET)},
#else
    {"SOL_SOCKET", 1L},
#endif
#ifdef SOL_TCP
    {"SOL_TCP", (long)(SOL_TCP)},
#else
    {"SOL_TCP", 6L},
#endif
#ifdef SOL_TIPC
    {"SOL_TIPC", (long)(SOL_TIPC)},
#else
    {"SOL_TIPC", 271L},
#endif
#ifdef SOL_UDP
    {"SOL_UDP", (long)(SOL_UDP)},
#else
    {"SOL_UDP", 17L},
#endif
#ifdef SOMAXCONN
    {"SOMAXCONN", (long)(SOMAXCONN)},
#else
    {"SOMAXCONN", 4096L},
#endif
#ifdef SO_ACCEPTCONN
    {"SO_ACCEPTCONN", (long)(SO_ACCEPTCONN)},
#else
    {"SO_ACCEPTCONN", 30L},
#endif
#ifdef SO_BINDTODEVICE
    {"SO_BINDTODEVICE", (long)(SO_BINDTODEVICE)},
#else
    {"SO_BINDTODEVICE", 25L},
#endif
#ifdef SO_BROADCAST
    {"SO_BROADCAST", (long)(SO_BROADCAST)},
#else
    {"SO_BROADCAST", 6L},
#endif
#ifdef SO_DEBUG
    {"SO_DEBUG", (long)(SO_DEBUG)},
#else
    {"SO_DEBUG", 1L},
#endif
#ifdef SO_DOMAIN
    {"SO_DOMAIN", (long)(SO_DOMAIN)},
#else
    {"SO_DOMAIN", 39L},
#endif
#ifdef SO_DONTROUTE
    {"SO_DONTROUTE", (long)(SO_DONTROUTE)},
#else
    {"SO_DONTROUTE", 5L},
#endif
#ifdef SO_ERROR
    {"SO_ERROR", (long)(SO_ERROR)},
#else
    {"SO_ERROR", 4L},
#endif
#ifdef SO_INCOMING_CPU
    {"SO_INCOMING_CPU", (long)(SO_INCOMING_CPU)},
#else
    {"SO_INCOMING_CPU", 49L},
#endif
#ifdef SO_J1939_ERRQUEUE
    {"SO_J1939_ERRQUEUE", (long)(SO_J1939_ERRQUEUE)},
#else
    {"SO_J1939_ERRQUEUE", 4L},
#endif
#ifdef SO_J1939_FILTER
    {"SO_J1939_FILTER", (long)(SO_J1939_FILTER)},
#else
    {"SO_J1939_FILTER", 1L},
#endif
#ifdef SO_J1939_PROMISC
    {"SO_J1939_PROMISC", (long)(SO_J1939_PROMISC)},
#else
    {"SO_J1939_PROMISC", 2L},
#endif
#ifdef SO_J1939_SEND_PRIO
    {"SO_J1939_SEND_PRIO", (long)(SO_J1939_SEND_PRIO)},
#else
    {"SO_J1939_SEND_PRIO", 3L},
#endif
#ifdef SO_KEEPALIVE
    {"SO_KEEPALIVE", (long)(SO_KEEPALIVE)},
#else
    {"SO_KEEPALIVE", 9L},
#endif
#ifdef SO_LINGER
    {"SO_LINGER", (long)(SO_LINGER)},
#else
    {"SO_LINGER", 13L},
#endif
#ifdef SO_MARK
    {"SO_MARK", (long)(SO_MARK)},
#else
    {"SO_MARK", 36L},
#endif
#ifdef SO_OOBINLINE
    {"SO_OOBINLINE", (long)(SO_OOBINLINE)},
#else
    {"SO_OOBINLINE", 10L},
#endif
#ifdef SO_PASSCRED
    {"SO_PASSCRED", (long)(SO_PASSCRED)},
#else
    {"SO_PASSCRED", 16L},
#endif
#ifdef SO_PASSSEC
    {"SO_PASSSEC", (long)(SO_PASSSEC)},
#else
    {"SO_PASSSEC", 34L},
#endif
#ifdef SO_PEERCRED
    {"SO_PEERCRED", (long)(SO_PEERCRED)},
#else
    {"SO_PEERCRED", 17L},
#endif
#ifdef SO_PEERSEC
    {"SO_PEERSEC", (long)(SO_PEERSEC)},
#else
    {"SO_PEERSEC", 31L},
#endif
#ifdef SO_PRIORITY
    {"SO_PRIORITY", (long)(SO_PRIORITY)},
#else
    {"SO_PRIORITY", 12L},
#endif
#ifdef SO_PROTOCOL
    {"SO_PROTOCOL", (long)(SO_PROTOCOL)},
#else
    {"SO_PROTOCOL", 38L},
#endif
#ifdef SO_RCVBUF
    {"SO_RCVBUF", (long)(SO_RCVBUF)},
#else
    {"SO_RCVBUF", 8L},
#endif
#ifdef SO_RCVLOWAT
    {"SO_RCVLOWAT", (long)(SO_RCVLOWAT)},
#else
    {"SO_RCVLOWAT", 18L},
#endif
#ifdef SO_RCVTIMEO
    {"SO_RCVTIMEO", (long)(SO_RCVTIMEO)},
#else
    {"SO_RCVTIMEO", 20L},
#endif
#ifdef SO_REUSEADDR
    {"SO_REUSEADDR", (long)(SO_REUSEADDR)},
#else
    {"SO_REUSEADDR", 2L},
#endif
#ifdef SO_REUSEPORT
    {"SO_REUSEPORT", (long)(SO_REUSEPORT)},
#else
    {"SO_REUSEPORT", 15L},
#endif
#ifdef SO_SNDBUF
    {"SO_SNDBUF", (long)(SO_SNDBUF)},
#else
    {"SO_SNDBUF", 7L},
#endif
#ifdef SO_SNDLOWAT
    {"SO_SNDLOWAT", (long)(SO_SNDLOWAT)},
#else
    {"SO_SNDLOWAT", 19L},
#endif
#ifdef SO_SNDTIMEO
    {"SO_SNDTIMEO", (long)(SO_SNDTIMEO)},
#else
    {"SO_SNDTIMEO", 21L},
#endif
#ifdef SO_TYPE
    {"SO_TYPE", (long)(SO_TYPE)},
#else
    {"SO_TYPE", 3L},
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MAX_SIZE
    {"SO_VM_SOCKETS_BUFFER_MAX_SIZE", (long)(SO_VM_SOCKETS_BUFFER_MAX_SIZE)},
#else
    {"SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2L},
#endif
#ifdef SO_VM_SOCKETS_BUFFER_MIN_SIZE
    {"SO_VM_SOCKETS_BUFFER_MIN_SIZE", (long)(SO_VM_SOCKETS_BUFFER_MIN_SIZE)},
#else
    {"SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1L},
#endif
#ifdef SO_VM_SOCKETS_BUFFER_SIZE
    {"SO_VM_SOCKETS_BUFFER_SIZE", (long)(SO_VM_SOCKETS_BUFFER_SIZE)},
#else
    {"SO_VM_SOCKETS_BUFFER_SIZE", 0L},
#endif
#ifdef TCP_CONGESTION
    {"TCP_CONGESTION", (long)(TCP_CONGESTION)},
#else
    {"TCP_CONGESTION", 13L},
#endif
#ifdef TCP_CORK
    {"TCP_CORK", (long)(TCP_CORK)},
#else
    {"TCP_CORK", 3L},
#endif
#ifdef TCP_DEFER_ACCEPT
    {"TCP_DEFER_ACCEPT", (long)(TCP_DEFER_ACCEPT)},
#else
    {"TCP_DEFER_ACCEPT", 9L},
#endif
#ifdef TCP_FASTOPEN
    {"TCP_FASTOPEN", (long)(TCP_FASTOPEN)},
#else
    {"TCP_FASTOPEN", 23L},
#endif
#ifdef TCP_INFO
    {"TCP_INFO", (long)(TCP_INFO)},
#else
    {"TCP_INFO", 11L},
#endif
#ifdef TCP_KEEPCNT
    {"TCP_KEEPCNT", (long)(TCP_KEEPCNT)},
#else
    {"TCP_KEEPCNT", 6L},
#endif
#ifdef TCP_KEEPIDLE
    {"TCP_KEEPIDLE", (long)(TCP_KEEPIDLE)},
#else
    {"TCP_KEEPIDLE", 4L},
#endif
#ifdef TCP_KEEPINTVL
    {"TCP_KEEPINTVL", (long)(TCP_KEEPINTVL)},
#else
    {"TCP_KEEPINTVL", 5L},
#endif
#ifdef TCP_LINGER2
    {"TCP_LINGER2", (long)(TCP_LINGER2)},
#else
    {"TCP_LINGER2", 8L},
#endif
#ifdef TCP_MAXSEG
    {"TCP_MAXSEG", (long)(TCP_MAXSEG)},
#else
    {"TCP_MAXSEG", 2L},
#endif
#ifdef TCP_NODELAY
    {"TCP_NODELAY", (long)(TCP_NODELAY)},
#else
    {"TCP_NODELAY", 1L},
#endif
#ifdef TCP_NOTSENT_LOWAT
    {"TCP_NOTSENT_LOWAT", (long)(TCP_NOTSENT_LOWAT)},
#else
    {"TCP_NOTSENT_LOWAT", 25L},
#endif
#ifdef TCP_QUICKACK
    {"TCP_QUICKACK", (long)(TCP_QUICKACK)},
#else
    {"TCP_QUICKACK", 12L},
#endif
#ifdef TCP_SYNCNT
    {"TCP_SYNCNT", (long)(TCP_SYNCNT)},
#else
    {"TCP_SYNCNT", 7L},
#endif
#ifdef TCP_USER_TIMEOUT
    {"TCP_USER_TIMEOUT", (long)(TCP_USER_TIMEOUT)},
#else
    {"TCP_USER_TIMEOUT", 18L},
#endif
#ifdef TCP_WINDOW_CLAMP
    {"TCP_WINDOW_CLAMP", (long)(TCP_WINDOW_CLAMP)},
#else
    {"TCP_WINDOW_CLAMP", 10L},
#endif
#ifdef TIPC_ADDR_ID
    {"TIPC_ADDR_ID", (long)(TIPC_ADDR_ID)},
#else
    {"TIPC_ADDR_ID", 3L},
#endif
#ifdef TIPC_ADDR_NAME
    {"TIPC_ADDR_NAME", (long)(TIPC_ADDR_NAME)},
#else
    {"TIPC_ADDR_NAME", 2L},
#endif
#ifdef TIPC_ADDR_NAMESEQ
    {"TIPC_ADDR_NAMESEQ", (long)(TIPC_ADDR_NAMESEQ)},
#else
    {"TIPC_ADDR_NAMESEQ", 1L},
#endif
#ifdef TIPC_CFG_SRV
    {"TIPC_CFG_SRV", (long)(TIPC_CFG_SRV)},
#else
    {"TIPC_CFG_SRV", 0L},
#endif
#ifdef TIPC_CLUSTER_SCOPE
    {"TIPC_CLUSTER_SCOPE", (long)(TIPC_CLUSTER_SCOPE)},
#else
    {"TIPC_CLUSTER_SCOPE", 2L},
#endif
#ifdef TIPC_CONN_TIMEOUT
    {"TIPC_CONN_TIMEOUT", (long)(TIPC_CONN_TIMEOUT)},
#else
    {"TIPC_CONN_TIMEOUT", 130L},
#endif
#ifdef TIPC_CRITICAL_IMPORTANCE
    {"TIPC_CRITICAL_IMPORTANCE", (long)(TIPC_CRITICAL_IMPORTANCE)},
#else
    {"TIPC_CRITICAL_IMPORTANCE", 3L},
#endif
#ifdef TIPC_DEST_DROPPABLE
    {"TIPC_DEST_DROPPABLE", (long)(TIPC_DEST_DROPPABLE)},
#else
    {"TIPC_DEST_DROPPABLE", 129L},
#endif
#ifdef TIPC_HIGH_IMPORTANCE
    {"TIPC_HIGH_IMPORTANCE", (long)(TIPC_HIGH_IMPORTANCE)},
#else
    {"TIPC_HIGH_IMPORTANCE", 2L},
#endif
#ifdef TIPC_IMPORTANCE
    {"TIPC_IMPORTANCE", (long)(TIPC_IMPORTANCE)},
#else
    {"TIPC_IMPORTANCE", 127L},
#endif
#ifdef TIPC_LOW_IMPORTANCE
    {"TIPC_LOW_IMPORTANCE", (long)(TIPC_LOW_IMPORTANCE)},
#else
    {"TIPC_LOW_IMPORTANCE", 0L},
#endif
#ifdef TIPC_MEDIUM_IMPORTANCE
    {"TIPC_MEDIUM_IMPORTANCE", (long)(TIPC_MEDIUM_IMPORTANCE)},
#else
    {"TIPC_MEDIUM_IMPORTANCE", 1L},
#endif
#ifdef TIPC_NODE_SCOPE
    {"TIPC_NODE_SCOPE", (long)(TIPC_NODE_SCOPE)},
#else
    {"TIPC_NODE_SCOPE", 3L},
#endif
#ifdef TIPC_PUBLISHED
    {"TIPC_PUBLISHED", (long)(TIPC_PUBLISHED)},
#else
    {"TIPC_PUBLISHED", 1L},
#endif
#ifdef TIPC_SRC_DROPPABLE
    {"TIPC_SRC_DROPPABLE", (long)(TIPC_SRC_DROPPABLE)},
#else
    {"TIPC_SRC_DROPPABLE", 128L},
#endif
#ifdef TIPC_SUBSCR_TIMEOUT
    {"TIPC_SUBSCR_TIMEOUT", (long)(TIPC_SUBSCR_TIMEOUT)},
#else
    {"TIPC_SUBSCR_TIMEOUT", 3L},
#endif
#ifdef TIPC_SUB_CANCEL
    {"TIPC_SUB_CANCEL", (long)(TIPC_SUB_CANCEL)},
#else
    {"TIPC_SUB_CANCEL", 4L},
#endif
#ifdef TIPC_SUB_PORTS
    {"TIPC_SUB_PORTS", (long)(TIPC_SUB_PORTS)},
#else
    {"TIPC_SUB_PORTS", 1L},
#endif
#ifdef TIPC_SUB_SERVICE
    {"TIPC_SUB_SERVICE", (long)(TIPC_SUB_SERVICE)},
#else
    {"TIPC_SUB_SERVICE", 2L},
#endif
#ifdef TIPC_TOP_SRV
    {"TIPC_TOP_SRV", (long)(TIPC_TOP_SRV)},
#else
    {"TIPC_TOP_SRV", 1L},
#endif
#ifdef TIPC_WAIT_FOREVER
    {"TIPC_WAIT_FOREVER", (long)(TIPC_WAIT_FOREVER)},
#else
    {"TIPC_WAIT_FOREVER", -1L},
#endif
#ifdef TIPC_WITHDRAWN
    {"TIPC_WITHDRAWN", (long)(TIPC_WITHDRAWN)},
#else
    {"TIPC_WITHDRAWN", 2L},
#endif
#ifdef TIPC_ZONE_SCOPE
    {"TIPC_ZONE_SCOPE", (long)(TIPC_ZONE_SCOPE)},
#else
    {"TIPC_ZONE_SCOPE", 1L},
#endif
#ifdef UDPLITE_RECV_CSCOV
    {"UDPLITE_RECV_CSCOV", (long)(UDPLITE_RECV_CSCOV)},
#else
    {"UDPLITE_RECV_CSCOV", 11L},
#endif
#ifdef UDPLITE_SEND_CSCOV
    {"UDPLITE_SEND_CSCOV", (long)(UDPLITE_SEND_CSCOV)},
#else
    {"UDPLITE_SEND_CSCOV", 10L},
#endif
#ifdef VMADDR_CID_ANY
    {"VMADDR_CID_ANY", (long)(VMADDR_CID_ANY)},
#else
    {"VMADDR_CID_ANY", 4294967295L},
#endif
#ifdef VMADDR_CID_HOST
    {"VMADDR_CID_HOST", (long)(VMADDR_CID_HOST)},
#else
    {"VMADDR_CID_HOST", 2L},
#endif
#ifdef VMADDR_PORT_ANY
    {"VMADDR_PORT_ANY", (long)(VMADDR_PORT_ANY)},
#else
    {"VMADDR_PORT_ANY", 4294967295L},
#endif
#ifdef VM_SOCKETS_INVALID_VERSION
    {"VM_SOCKETS_INVALID_VERSION", (long)(VM_SOCKETS_INVALID_VERSION)},
#else
    {"VM_SOCKETS_INVALID_VERSION", 4294967295L},
#endif
