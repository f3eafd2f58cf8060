// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// PermissionedSharesMetaData contains all meta data concerning the PermissionedShares contract.
var PermissionedSharesMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"AddressEmptyCode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"ERC1967InvalidImplementation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ERC1967NonPayable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Frozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAgent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInitializing\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotProxyAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UUPSUnauthorizedCallContext\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"slot\",\"type\":\"bytes32\"}],\"name\":\"UUPSUnsupportedProxiableUUID\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"userAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bool\",\"name\":\"isFrozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_agent\",\"type\":\"address\"}],\"name\":\"AgentAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"_agent\",\"type\":\"address\"}],\"name\":\"AgentRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investorAddress\",\"type\":\"address\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investorAddress\",\"type\":\"address\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"UPGRADE_INTERFACE_VERSION\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"addAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"changeProxyAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"imo\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"imo_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"issuer_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"investorCountry\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"issuer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxiableUUID\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proxyAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"removeAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"freeze\",\"type\":\"bool\"}],\"name\":\"setAddressFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "PermissionedShares",
	Bin: "0x60a060405230608052348015610013575f5ffd5b5061001c610021565b6100d3565b7ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00805468010000000000000000900460ff16156100715760405163f92ee8a960e01b815260040160405180910390fd5b80546001600160401b03908116146100d05780546001600160401b0319166001600160401b0390811782556040519081527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b50565b6080516122476100f95f395f81816113cb015281816113f4015261155001526122475ff3fe60806040526004361061021d575f3560e01c80637e42683b1161011e578063a8d29d1d116100a8578063c69c09cf1161006d578063c69c09cf14610693578063dd62ed3e146106b2578063e5839836146106d1578063f0eb5e5414610708578063f2fde38b1461073f575f5ffd5b8063a8d29d1d146105da578063a9059cbb146105f9578063ad3cb1cc14610618578063af6d7ce414610648578063b9209e331461065c575f5ffd5b806395d89b41116100ee57806395d89b411461054a57806397a6278e1461055e5780639dc29fac1461057d5780639f712f2f1461059c5780639fc1d0e7146105bb575f5ffd5b80637e42683b146104b85780638456cb591461050357806384e79842146105175780638da5cb5b14610536575f5ffd5b80633e47158c116101aa57806352d1902d1161016f57806352d1902d1461040e5780635c975abb1461042257806363b8f8ff1461044557806370a0823114610464578063715018a6146104a4575f5ffd5b80633e47158c146103955780633f4ba83a146103a957806340c10f19146103bd578063454a03e0146103dc5780634f1ef286146103fb575f5ffd5b806318160ddd116101f057806318160ddd146102c15780631d143848146102fe5780631ffbb0641461031f57806323b872dd14610356578063313ce56714610375575f5ffd5b806306fdde0314610221578063095ea7b31461024b57806312ed91831461027a578063134e18f41461029b575b5f5ffd5b34801561022c575f5ffd5b5061023561075e565b6040516102429190611ce0565b60405180910390f35b348015610256575f5ffd5b5061026a610265366004611d30565b61081e565b6040519015158152602001610242565b348015610285575f5ffd5b50610299610294366004611e08565b610837565b005b3480156102a6575f5ffd5b50305b6040516001600160a01b039091168152602001610242565b3480156102cc575f5ffd5b507f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace02545b604051908152602001610242565b348015610309575f5ffd5b505f5461010090046001600160a01b03166102a9565b34801561032a575f5ffd5b5061026a610339366004611ecd565b6001600160a01b03165f9081526002602052604090205460ff1690565b348015610361575f5ffd5b5061026a610370366004611ee6565b61098a565b348015610380575f5ffd5b505f5460405160ff9091168152602001610242565b3480156103a0575f5ffd5b506102a96109ad565b3480156103b4575f5ffd5b506102996109bb565b3480156103c8575f5ffd5b506102996103d7366004611d30565b610a22565b3480156103e7575f5ffd5b506102996103f6366004611f20565b610a88565b610299610409366004611f6a565b610b67565b348015610419575f5ffd5b506102f0610b82565b34801561042d575f5ffd5b505f5160206121f25f395f51905f525460ff1661026a565b348015610450575f5ffd5b5061029961045f366004611ecd565b610b9d565b34801561046f575f5ffd5b506102f061047e366004611ecd565b6001600160a01b03165f9081525f5160206121b25f395f51905f52602052604090205490565b3480156104af575f5ffd5b50610299610c40565b3480156104c3575f5ffd5b506104f06104d2366004611ecd565b6001600160a01b03165f9081526007602052604090205461ffff1690565b60405161ffff9091168152602001610242565b34801561050e575f5ffd5b50610299610c51565b348015610522575f5ffd5b50610299610531366004611ecd565b610cb1565b348015610541575f5ffd5b506102a9610d04565b348015610555575f5ffd5b50610235610d32565b348015610569575f5ffd5b50610299610578366004611ecd565b610d70565b348015610588575f5ffd5b50610299610597366004611d30565b610dc0565b3480156105a7575f5ffd5b506102996105b6366004611ecd565b610e22565b3480156105c6575f5ffd5b5061026a6105d5366004611ee6565b610e69565b3480156105e5575f5ffd5b506102996105f4366004611ecd565b610eed565b348015610604575f5ffd5b5061026a610613366004611d30565b610fb5565b348015610623575f5ffd5b50610235604051806040016040528060058152602001640352e302e360dc1b81525081565b348015610653575f5ffd5b50610235610fc2565b348015610667575f5ffd5b5061026a610676366004611ecd565b6001600160a01b03165f9081526003602052604090205460ff1690565b34801561069e575f5ffd5b506102996106ad366004611fc8565b611052565b3480156106bd575f5ffd5b506102f06106cc366004612001565b6110fe565b3480156106dc575f5ffd5b5061026a6106eb366004611ecd565b6001600160a01b03165f9081526004602052604090205460ff1690565b348015610713575f5ffd5b506102a9610722366004611ecd565b6001600160a01b039081165f908152600660205260409020541690565b34801561074a575f5ffd5b50610299610759366004611ecd565b611147565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0380546060915f5160206121b25f395f51905f529161079c90612032565b80601f01602080910402602001604051908101604052809291908181526020018280546107c890612032565b80156108135780601f106107ea57610100808354040283529160200191610813565b820191905f5260205f20905b8154815290600101906020018083116107f657829003601f168201915b505050505091505090565b5f3361082b818585611181565b60019150505b92915050565b5f610840611193565b805490915060ff600160401b820416159067ffffffffffffffff165f811580156108675750825b90505f8267ffffffffffffffff1660011480156108835750303b155b905081158015610891575080155b156108af5760405163f92ee8a960e01b815260040160405180910390fd5b845467ffffffffffffffff1916600117855583156108d957845460ff60401b1916600160401b1785555b6108e38b8b6111bb565b6108eb6111cd565b6108f4866111d5565b6108fd866111e6565b5f805460ff191660ff8b16179055600161091789826120c0565b505f8054610100600160a81b0319166101006001600160a01b038a1602179055831561097d57845460ff60401b19168555604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15b5050505050505050505050565b5f3361099785828561123a565b6109a285858561129e565b506001949350505050565b5f6109b66112fb565b905090565b335f9081526002602052604090205460ff161580156109f357506109dd610d04565b6001600160a01b0316336001600160a01b031614155b15610a18576040516352f49c9560e01b81523360048201526024015b60405180910390fd5b610a2061132d565b565b335f9081526002602052604090205460ff16158015610a5a5750610a44610d04565b6001600160a01b0316336001600160a01b031614155b15610a7a576040516352f49c9560e01b8152336004820152602401610a0f565b610a84828261138c565b5050565b335f9081526002602052604090205460ff16158015610ac05750610aaa610d04565b6001600160a01b0316336001600160a01b031614155b15610ae0576040516352f49c9560e01b8152336004820152602401610a0f565b6001600160a01b038381165f8181526003602090815260408083208054600160ff199091161790556006825280832080546001600160a01b0319169588169590951790945560079052828120805461ffff191661ffff8616179055915190917fcae2f416e2ab213d7907943e6c1cf701343f6415fd0be1f0c3db985222ca04a591a2505050565b610b6f6113c0565b610b788261144e565b610a848282611489565b5f610b8b611545565b505f5160206121d25f395f51905f5290565b335f9081526002602052604090205460ff16158015610bd55750610bbf610d04565b6001600160a01b0316336001600160a01b031614155b15610bf5576040516352f49c9560e01b8152336004820152602401610a0f565b6001600160a01b0381165f81815260036020526040808220805460ff19166001179055517fcae2f416e2ab213d7907943e6c1cf701343f6415fd0be1f0c3db985222ca04a59190a250565b610c4861158e565b610a205f6115c0565b335f9081526002602052604090205460ff16158015610c895750610c73610d04565b6001600160a01b0316336001600160a01b031614155b15610ca9576040516352f49c9560e01b8152336004820152602401610a0f565b610a20611630565b610cb961158e565b6001600160a01b0381165f81815260026020526040808220805460ff19166001179055517ff68e73cec97f2d70aa641fb26e87a4383686e2efacb648f2165aeb02ac562ec59190a250565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c199300546001600160a01b031690565b7f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace0480546060915f5160206121b25f395f51905f529161079c90612032565b610d7861158e565b6001600160a01b0381165f81815260026020526040808220805460ff19169055517fed9c8ad8d5a0a66898ea49d2956929c93ae2e8bd50281b2ed897c5d1a6737e0b9190a250565b335f9081526002602052604090205460ff16158015610df85750610de2610d04565b6001600160a01b0316336001600160a01b031614155b15610e18576040516352f49c9560e01b8152336004820152602401610a0f565b610a848282611678565b610e2a6112fb565b6001600160a01b0316336001600160a01b031614610e5d5760405163673a31a160e01b8152336004820152602401610a0f565b610e66816111e6565b50565b335f9081526002602052604081205460ff16158015610ea15750610e8b610d04565b6001600160a01b0316336001600160a01b031614155b15610ec1576040516352f49c9560e01b8152336004820152602401610a0f565b6005805460ff19166001179055610ed984848461129e565b506005805460ff1916905560019392505050565b335f9081526002602052604090205460ff16158015610f255750610f0f610d04565b6001600160a01b0316336001600160a01b031614155b15610f45576040516352f49c9560e01b8152336004820152602401610a0f565b6001600160a01b0381165f818152600360209081526040808320805460ff191690556006825280832080546001600160a01b03191690556007909152808220805461ffff19169055517f374ace31388bb8ee152e1f7ad5e216944c28a32dfedb6c9353ba26bf0cdbb15a9190a250565b5f3361082b81858561129e565b606060018054610fd190612032565b80601f0160208091040260200160405190810160405280929190818152602001828054610ffd90612032565b80156110485780601f1061101f57610100808354040283529160200191611048565b820191905f5260205f20905b81548152906001019060200180831161102b57829003601f168201915b5050505050905090565b335f9081526002602052604090205460ff1615801561108a5750611074610d04565b6001600160a01b0316336001600160a01b031614155b156110aa576040516352f49c9560e01b8152336004820152602401610a0f565b6001600160a01b0382165f81815260046020526040808220805460ff19168515159081179091559051339391927f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f43691a45050565b6001600160a01b039182165f9081527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace016020908152604080832093909416825291909152205490565b61114f61158e565b6001600160a01b03811661117857604051631e4fbdf760e01b81525f6004820152602401610a0f565b610e66816115c0565b61118e83838360016116ac565b505050565b5f807ff0c57e16840df040f15088dc2f81fe391c3923bec73e23a9662efc9c229c6a00610831565b6111c3611790565b610a8482826117b5565b610a20611790565b6111dd611790565b610e6681611805565b7f7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f61120f6112fb565b604080516001600160a01b03928316815291841660208301520160405180910390a1610e668161180d565b5f61124584846110fe565b90505f19811015611298578181101561128a57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610a0f565b61129884848484035f6116ac565b50505050565b6001600160a01b0383166112c757604051634b637e8f60e11b81525f6004820152602401610a0f565b6001600160a01b0382166112f05760405163ec442f0560e01b81525f6004820152602401610a0f565b61118e83838361187a565b5f7fb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d61035b546001600160a01b0316919050565b611335611987565b5f5160206121f25f395f51905f52805460ff191681557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a150565b6001600160a01b0382166113b55760405163ec442f0560e01b81525f6004820152602401610a0f565b610a845f838361187a565b306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148061143057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166114246119b6565b6001600160a01b031614155b15610a205760405163703e46dd60e11b815260040160405180910390fd5b6114566112fb565b6001600160a01b0316336001600160a01b031614610e665760405163673a31a160e01b8152336004820152602401610a0f565b816001600160a01b03166352d1902d6040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156114e3575060408051601f3d908101601f191682019092526114e09181019061217b565b60015b61150b57604051634c9c8ce360e01b81526001600160a01b0383166004820152602401610a0f565b5f5160206121d25f395f51905f52811461153b57604051632a87526960e21b815260048101829052602401610a0f565b61118e83836119ca565b306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a205760405163703e46dd60e11b815260040160405180910390fd5b33611597610d04565b6001600160a01b031614610a205760405163118cdaa760e01b8152336004820152602401610a0f565b7f9016d09d72d40fdae2fd8ceac6b6234c7706214fd39c1cd1e609a0528c19930080546001600160a01b031981166001600160a01b03848116918217845560405192169182907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a3505050565b611638611a1f565b5f5160206121f25f395f51905f52805460ff191660011781557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2583361136e565b6001600160a01b0382166116a157604051634b637e8f60e11b81525f6004820152602401610a0f565b610a84825f8361187a565b5f5160206121b25f395f51905f526001600160a01b0385166116e35760405163e602df0560e01b81525f6004820152602401610a0f565b6001600160a01b03841661170c57604051634a1406b160e11b81525f6004820152602401610a0f565b6001600160a01b038086165f9081526001830160209081526040808320938816835292905220839055811561178957836001600160a01b0316856001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258560405161178091815260200190565b60405180910390a35b5050505050565b611798611a4f565b610a2057604051631afcd79f60e31b815260040160405180910390fd5b6117bd611790565b5f5160206121b25f395f51905f527f52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace036117f684826120c0565b506004810161129883826120c0565b61114f611790565b6001600160a01b03811661183657604051633173bdd160e11b81525f6004820152602401610a0f565b807fb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d61035b80546001600160a01b0319166001600160a01b039290921691909117905550565b6001600160a01b03821615611910576001600160a01b0382165f9081526003602052604090205460ff166118cc5760405163b12c8f9160e01b81526001600160a01b0383166004820152602401610a0f565b6001600160a01b0382165f9081526004602052604090205460ff16156119105760405163452e239b60e11b81526001600160a01b0383166004820152602401610a0f565b60055460ff1615801561192b57506001600160a01b03831615155b1561197c57611938611a1f565b6001600160a01b0383165f9081526004602052604090205460ff161561197c5760405163452e239b60e11b81526001600160a01b0384166004820152602401610a0f565b61118e838383611a68565b5f5160206121f25f395f51905f525460ff16610a2057604051638dfc202b60e01b815260040160405180910390fd5b5f5f5160206121d25f395f51905f5261131e565b6119d382611ba1565b6040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a2805115611a175761118e8282611bea565b610a84611c8a565b5f5160206121f25f395f51905f525460ff1615610a205760405163d93c066560e01b815260040160405180910390fd5b5f611a58611193565b54600160401b900460ff16919050565b5f5160206121b25f395f51905f526001600160a01b038416611aa25781816002015f828254611a979190612192565b90915550611b129050565b6001600160a01b0384165f9081526020829052604090205482811015611af45760405163391434e360e21b81526001600160a01b03861660048201526024810182905260448101849052606401610a0f565b6001600160a01b0385165f9081526020839052604090209083900390555b6001600160a01b038316611b30576002810180548390039055611b4e565b6001600160a01b0383165f9081526020829052604090208054830190555b826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef84604051611b9391815260200190565b60405180910390a350505050565b806001600160a01b03163b5f03611bd657604051634c9c8ce360e01b81526001600160a01b0382166004820152602401610a0f565b805f5160206121d25f395f51905f52611859565b60605f611bf78484611ca9565b9050808015611c1857505f3d1180611c1857505f846001600160a01b03163b115b15611c2d57611c25611cbc565b915050610831565b8015611c5757604051639996b31560e01b81526001600160a01b0385166004820152602401610a0f565b3d15611c6a57611c65611cd5565b611c83565b60405163d6bda27560e01b815260040160405180910390fd5b5092915050565b3415610a205760405163b398979f60e01b815260040160405180910390fd5b5f5f5f835160208501865af49392505050565b6040513d81523d5f602083013e3d602001810160405290565b6040513d5f823e3d81fd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114611d2b575f5ffd5b919050565b5f5f60408385031215611d41575f5ffd5b611d4a83611d15565b946020939093013593505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f67ffffffffffffffff841115611d8657611d86611d58565b50604051601f19601f85018116603f0116810181811067ffffffffffffffff82111715611db557611db5611d58565b604052838152905080828401851015611dcc575f5ffd5b838360208301375f60208583010152509392505050565b5f82601f830112611df2575f5ffd5b611e0183833560208501611d6c565b9392505050565b5f5f5f5f5f5f60c08789031215611e1d575f5ffd5b863567ffffffffffffffff811115611e33575f5ffd5b611e3f89828a01611de3565b965050602087013567ffffffffffffffff811115611e5b575f5ffd5b611e6789828a01611de3565b955050604087013560ff81168114611e7d575f5ffd5b9350606087013567ffffffffffffffff811115611e98575f5ffd5b611ea489828a01611de3565b935050611eb360808801611d15565b9150611ec160a08801611d15565b90509295509295509295565b5f60208284031215611edd575f5ffd5b611e0182611d15565b5f5f5f60608486031215611ef8575f5ffd5b611f0184611d15565b9250611f0f60208501611d15565b929592945050506040919091013590565b5f5f5f60608486031215611f32575f5ffd5b611f3b84611d15565b9250611f4960208501611d15565b9150604084013561ffff81168114611f5f575f5ffd5b809150509250925092565b5f5f60408385031215611f7b575f5ffd5b611f8483611d15565b9150602083013567ffffffffffffffff811115611f9f575f5ffd5b8301601f81018513611faf575f5ffd5b611fbe85823560208401611d6c565b9150509250929050565b5f5f60408385031215611fd9575f5ffd5b611fe283611d15565b915060208301358015158114611ff6575f5ffd5b809150509250929050565b5f5f60408385031215612012575f5ffd5b61201b83611d15565b915061202960208401611d15565b90509250929050565b600181811c9082168061204657607f821691505b60208210810361206457634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561118e578282111561118e57805f5260205f20601f840160051c602085101561209557505f5b90810190601f840160051c035f5b818110156120b8575f838201556001016120a3565b505050505050565b815167ffffffffffffffff8111156120da576120da611d58565b6120ee816120e88454612032565b8461206a565b6020601f821160018114612120575f83156121095750848201515b5f19600385901b1c1916600184901b178455611789565b5f84815260208120601f198516915b8281101561214f578785015182556020948501946001909201910161212f565b508482101561216c57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f6020828403121561218b575f5ffd5b5051919050565b8082018082111561083157634e487b7160e01b5f52601160045260245ffdfe52c63247e1f47db19d5ce0460030c497f067ca4cebf71ba98eeadabe20bace00360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbccd5ed15c6e187e77e9aee88184c21f4f2182ab5827cb3b7e07fbedcd63f03300a2646970667358221220e6e450ec7b7c6d863c927ca29bae95675fb5056e09d260db95e3ad03ccf8d5ec64736f6c63430008250033",
}

// PermissionedShares is an auto generated Go binding around an Ethereum contract.
type PermissionedShares struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PermissionedShares) GetABI() abi.ABI {
	return c.abi
}

// NewPermissionedShares creates a new instance of PermissionedShares.
func NewPermissionedShares() *PermissionedShares {
	parsed, err := PermissionedSharesMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PermissionedShares{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PermissionedShares) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (permissionedShares *PermissionedShares) PackUPGRADEINTERFACEVERSION() []byte {
	enc, err := permissionedShares.abi.Pack("UPGRADE_INTERFACE_VERSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUPGRADEINTERFACEVERSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad3cb1cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (permissionedShares *PermissionedShares) TryPackUPGRADEINTERFACEVERSION() ([]byte, error) {
	return permissionedShares.abi.Pack("UPGRADE_INTERFACE_VERSION")
}

// UnpackUPGRADEINTERFACEVERSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad3cb1cc.
//
// Solidity: function UPGRADE_INTERFACE_VERSION() view returns(string)
func (permissionedShares *PermissionedShares) UnpackUPGRADEINTERFACEVERSION(data []byte) (string, error) {
	out, err := permissionedShares.abi.Unpack("UPGRADE_INTERFACE_VERSION", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addAgent(address agent) returns()
func (permissionedShares *PermissionedShares) PackAddAgent(agent common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("addAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84e79842.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addAgent(address agent) returns()
func (permissionedShares *PermissionedShares) TryPackAddAgent(agent common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("addAgent", agent)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (permissionedShares *PermissionedShares) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (permissionedShares *PermissionedShares) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (permissionedShares *PermissionedShares) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := permissionedShares.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := permissionedShares.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return permissionedShares.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) UnpackApprove(data []byte) (bool, error) {
	out, err := permissionedShares.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (permissionedShares *PermissionedShares) PackBalanceOf(account common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (permissionedShares *PermissionedShares) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (permissionedShares *PermissionedShares) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := permissionedShares.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (permissionedShares *PermissionedShares) PackBurn(from common.Address, amount *big.Int) []byte {
	enc, err := permissionedShares.abi.Pack("burn", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (permissionedShares *PermissionedShares) TryPackBurn(from common.Address, amount *big.Int) ([]byte, error) {
	return permissionedShares.abi.Pack("burn", from, amount)
}

// PackChangeProxyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f712f2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeProxyAdmin(address newAdmin) returns()
func (permissionedShares *PermissionedShares) PackChangeProxyAdmin(newAdmin common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("changeProxyAdmin", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeProxyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9f712f2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeProxyAdmin(address newAdmin) returns()
func (permissionedShares *PermissionedShares) TryPackChangeProxyAdmin(newAdmin common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("changeProxyAdmin", newAdmin)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (permissionedShares *PermissionedShares) PackDecimals() []byte {
	enc, err := permissionedShares.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (permissionedShares *PermissionedShares) TryPackDecimals() ([]byte, error) {
	return permissionedShares.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (permissionedShares *PermissionedShares) UnpackDecimals(data []byte) (uint8, error) {
	out, err := permissionedShares.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDeleteIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d29d1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deleteIdentity(address account) returns()
func (permissionedShares *PermissionedShares) PackDeleteIdentity(account common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("deleteIdentity", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeleteIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d29d1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deleteIdentity(address account) returns()
func (permissionedShares *PermissionedShares) TryPackDeleteIdentity(account common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("deleteIdentity", account)
}

// PackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (permissionedShares *PermissionedShares) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := permissionedShares.abi.Pack("forcedTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (permissionedShares *PermissionedShares) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return permissionedShares.abi.Pack("forcedTransfer", from, to, amount)
}

// UnpackForcedTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fc1d0e7.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns(bool)
func (permissionedShares *PermissionedShares) UnpackForcedTransfer(data []byte) (bool, error) {
	out, err := permissionedShares.abi.Unpack("forcedTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0eb5e54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identity(address account) view returns(address)
func (permissionedShares *PermissionedShares) PackIdentity(account common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("identity", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0eb5e54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identity(address account) view returns(address)
func (permissionedShares *PermissionedShares) TryPackIdentity(account common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("identity", account)
}

// UnpackIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0eb5e54.
//
// Solidity: function identity(address account) view returns(address)
func (permissionedShares *PermissionedShares) UnpackIdentity(data []byte) (common.Address, error) {
	out, err := permissionedShares.abi.Unpack("identity", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityRegistry() view returns(address)
func (permissionedShares *PermissionedShares) PackIdentityRegistry() []byte {
	enc, err := permissionedShares.abi.Pack("identityRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityRegistry() view returns(address)
func (permissionedShares *PermissionedShares) TryPackIdentityRegistry() ([]byte, error) {
	return permissionedShares.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (permissionedShares *PermissionedShares) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := permissionedShares.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackImo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6d7ce4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function imo() view returns(string)
func (permissionedShares *PermissionedShares) PackImo() []byte {
	enc, err := permissionedShares.abi.Pack("imo")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf6d7ce4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function imo() view returns(string)
func (permissionedShares *PermissionedShares) TryPackImo() ([]byte, error) {
	return permissionedShares.abi.Pack("imo")
}

// UnpackImo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf6d7ce4.
//
// Solidity: function imo() view returns(string)
func (permissionedShares *PermissionedShares) UnpackImo(data []byte) (string, error) {
	out, err := permissionedShares.abi.Unpack("imo", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12ed9183.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(string name_, string symbol_, uint8 decimals_, string imo_, address issuer_, address initialOwner) returns()
func (permissionedShares *PermissionedShares) PackInitialize(name string, symbol string, decimals uint8, imo string, issuer common.Address, initialOwner common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("initialize", name, symbol, decimals, imo, issuer, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x12ed9183.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(string name_, string symbol_, uint8 decimals_, string imo_, address issuer_, address initialOwner) returns()
func (permissionedShares *PermissionedShares) TryPackInitialize(name string, symbol string, decimals uint8, imo string, issuer common.Address, initialOwner common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("initialize", name, symbol, decimals, imo, issuer, initialOwner)
}

// PackInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e42683b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function investorCountry(address account) view returns(uint16)
func (permissionedShares *PermissionedShares) PackInvestorCountry(account common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("investorCountry", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInvestorCountry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e42683b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function investorCountry(address account) view returns(uint16)
func (permissionedShares *PermissionedShares) TryPackInvestorCountry(account common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("investorCountry", account)
}

// UnpackInvestorCountry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e42683b.
//
// Solidity: function investorCountry(address account) view returns(uint16)
func (permissionedShares *PermissionedShares) UnpackInvestorCountry(data []byte) (uint16, error) {
	out, err := permissionedShares.abi.Unpack("investorCountry", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackIsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ffbb064.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAgent(address account) view returns(bool)
func (permissionedShares *PermissionedShares) PackIsAgent(account common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("isAgent", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ffbb064.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAgent(address account) view returns(bool)
func (permissionedShares *PermissionedShares) TryPackIsAgent(account common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("isAgent", account)
}

// UnpackIsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ffbb064.
//
// Solidity: function isAgent(address account) view returns(bool)
func (permissionedShares *PermissionedShares) UnpackIsAgent(data []byte) (bool, error) {
	out, err := permissionedShares.abi.Unpack("isAgent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (permissionedShares *PermissionedShares) PackIsFrozen(account common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("isFrozen", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (permissionedShares *PermissionedShares) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (permissionedShares *PermissionedShares) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := permissionedShares.abi.Unpack("isFrozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVerified(address account) view returns(bool)
func (permissionedShares *PermissionedShares) PackIsVerified(account common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("isVerified", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVerified(address account) view returns(bool)
func (permissionedShares *PermissionedShares) TryPackIsVerified(account common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("isVerified", account)
}

// UnpackIsVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9209e33.
//
// Solidity: function isVerified(address account) view returns(bool)
func (permissionedShares *PermissionedShares) UnpackIsVerified(data []byte) (bool, error) {
	out, err := permissionedShares.abi.Unpack("isVerified", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d143848.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function issuer() view returns(address)
func (permissionedShares *PermissionedShares) PackIssuer() []byte {
	enc, err := permissionedShares.abi.Pack("issuer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIssuer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d143848.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function issuer() view returns(address)
func (permissionedShares *PermissionedShares) TryPackIssuer() ([]byte, error) {
	return permissionedShares.abi.Pack("issuer")
}

// UnpackIssuer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d143848.
//
// Solidity: function issuer() view returns(address)
func (permissionedShares *PermissionedShares) UnpackIssuer(data []byte) (common.Address, error) {
	out, err := permissionedShares.abi.Unpack("issuer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (permissionedShares *PermissionedShares) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := permissionedShares.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (permissionedShares *PermissionedShares) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return permissionedShares.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (permissionedShares *PermissionedShares) PackName() []byte {
	enc, err := permissionedShares.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (permissionedShares *PermissionedShares) TryPackName() ([]byte, error) {
	return permissionedShares.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (permissionedShares *PermissionedShares) UnpackName(data []byte) (string, error) {
	out, err := permissionedShares.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (permissionedShares *PermissionedShares) PackOwner() []byte {
	enc, err := permissionedShares.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (permissionedShares *PermissionedShares) TryPackOwner() ([]byte, error) {
	return permissionedShares.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (permissionedShares *PermissionedShares) UnpackOwner(data []byte) (common.Address, error) {
	out, err := permissionedShares.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (permissionedShares *PermissionedShares) PackPause() []byte {
	enc, err := permissionedShares.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (permissionedShares *PermissionedShares) TryPackPause() ([]byte, error) {
	return permissionedShares.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (permissionedShares *PermissionedShares) PackPaused() []byte {
	enc, err := permissionedShares.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (permissionedShares *PermissionedShares) TryPackPaused() ([]byte, error) {
	return permissionedShares.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (permissionedShares *PermissionedShares) UnpackPaused(data []byte) (bool, error) {
	out, err := permissionedShares.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (permissionedShares *PermissionedShares) PackProxiableUUID() []byte {
	enc, err := permissionedShares.abi.Pack("proxiableUUID")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxiableUUID is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52d1902d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (permissionedShares *PermissionedShares) TryPackProxiableUUID() ([]byte, error) {
	return permissionedShares.abi.Pack("proxiableUUID")
}

// UnpackProxiableUUID is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52d1902d.
//
// Solidity: function proxiableUUID() view returns(bytes32)
func (permissionedShares *PermissionedShares) UnpackProxiableUUID(data []byte) ([32]byte, error) {
	out, err := permissionedShares.abi.Unpack("proxiableUUID", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProxyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e47158c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proxyAdmin() view returns(address)
func (permissionedShares *PermissionedShares) PackProxyAdmin() []byte {
	enc, err := permissionedShares.abi.Pack("proxyAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProxyAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e47158c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proxyAdmin() view returns(address)
func (permissionedShares *PermissionedShares) TryPackProxyAdmin() ([]byte, error) {
	return permissionedShares.abi.Pack("proxyAdmin")
}

// UnpackProxyAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e47158c.
//
// Solidity: function proxyAdmin() view returns(address)
func (permissionedShares *PermissionedShares) UnpackProxyAdmin(data []byte) (common.Address, error) {
	out, err := permissionedShares.abi.Unpack("proxyAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x454a03e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address account, address identity_, uint16 country) returns()
func (permissionedShares *PermissionedShares) PackRegisterIdentity(account common.Address, identity common.Address, country uint16) []byte {
	enc, err := permissionedShares.abi.Pack("registerIdentity", account, identity, country)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x454a03e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerIdentity(address account, address identity_, uint16 country) returns()
func (permissionedShares *PermissionedShares) TryPackRegisterIdentity(account common.Address, identity common.Address, country uint16) ([]byte, error) {
	return permissionedShares.abi.Pack("registerIdentity", account, identity, country)
}

// PackRegisterIdentity0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63b8f8ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address account) returns()
func (permissionedShares *PermissionedShares) PackRegisterIdentity0(account common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("registerIdentity0", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterIdentity0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63b8f8ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerIdentity(address account) returns()
func (permissionedShares *PermissionedShares) TryPackRegisterIdentity0(account common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("registerIdentity0", account)
}

// PackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeAgent(address agent) returns()
func (permissionedShares *PermissionedShares) PackRemoveAgent(agent common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("removeAgent", agent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97a6278e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeAgent(address agent) returns()
func (permissionedShares *PermissionedShares) TryPackRemoveAgent(agent common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("removeAgent", agent)
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (permissionedShares *PermissionedShares) PackRenounceOwnership() []byte {
	enc, err := permissionedShares.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (permissionedShares *PermissionedShares) TryPackRenounceOwnership() ([]byte, error) {
	return permissionedShares.abi.Pack("renounceOwnership")
}

// PackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAddressFrozen(address account, bool freeze) returns()
func (permissionedShares *PermissionedShares) PackSetAddressFrozen(account common.Address, freeze bool) []byte {
	enc, err := permissionedShares.abi.Pack("setAddressFrozen", account, freeze)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAddressFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc69c09cf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAddressFrozen(address account, bool freeze) returns()
func (permissionedShares *PermissionedShares) TryPackSetAddressFrozen(account common.Address, freeze bool) ([]byte, error) {
	return permissionedShares.abi.Pack("setAddressFrozen", account, freeze)
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (permissionedShares *PermissionedShares) PackSymbol() []byte {
	enc, err := permissionedShares.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (permissionedShares *PermissionedShares) TryPackSymbol() ([]byte, error) {
	return permissionedShares.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (permissionedShares *PermissionedShares) UnpackSymbol(data []byte) (string, error) {
	out, err := permissionedShares.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (permissionedShares *PermissionedShares) PackTotalSupply() []byte {
	enc, err := permissionedShares.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (permissionedShares *PermissionedShares) TryPackTotalSupply() ([]byte, error) {
	return permissionedShares.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (permissionedShares *PermissionedShares) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := permissionedShares.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := permissionedShares.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return permissionedShares.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) UnpackTransfer(data []byte) (bool, error) {
	out, err := permissionedShares.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := permissionedShares.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return permissionedShares.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (permissionedShares *PermissionedShares) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := permissionedShares.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (permissionedShares *PermissionedShares) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := permissionedShares.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (permissionedShares *PermissionedShares) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return permissionedShares.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (permissionedShares *PermissionedShares) PackUnpause() []byte {
	enc, err := permissionedShares.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (permissionedShares *PermissionedShares) TryPackUnpause() ([]byte, error) {
	return permissionedShares.abi.Pack("unpause")
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (permissionedShares *PermissionedShares) PackUpgradeToAndCall(newImplementation common.Address, data []byte) []byte {
	enc, err := permissionedShares.abi.Pack("upgradeToAndCall", newImplementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address newImplementation, bytes data) payable returns()
func (permissionedShares *PermissionedShares) TryPackUpgradeToAndCall(newImplementation common.Address, data []byte) ([]byte, error) {
	return permissionedShares.abi.Pack("upgradeToAndCall", newImplementation, data)
}

// PermissionedSharesAddressFrozen represents a AddressFrozen event raised by the PermissionedShares contract.
type PermissionedSharesAddressFrozen struct {
	UserAddress common.Address
	IsFrozen    bool
	Owner       common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesAddressFrozen) ContractEventName() string {
	return PermissionedSharesAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed userAddress, bool indexed isFrozen, address indexed owner)
func (permissionedShares *PermissionedShares) UnpackAddressFrozenEvent(log *types.Log) (*PermissionedSharesAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesAddressFrozen)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesAdminChanged represents a AdminChanged event raised by the PermissionedShares contract.
type PermissionedSharesAdminChanged struct {
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesAdminChangedEventName = "AdminChanged"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesAdminChanged) ContractEventName() string {
	return PermissionedSharesAdminChangedEventName
}

// UnpackAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (permissionedShares *PermissionedShares) UnpackAdminChangedEvent(log *types.Log) (*PermissionedSharesAdminChanged, error) {
	event := "AdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesAdminChanged)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesAgentAdded represents a AgentAdded event raised by the PermissionedShares contract.
type PermissionedSharesAgentAdded struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesAgentAddedEventName = "AgentAdded"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesAgentAdded) ContractEventName() string {
	return PermissionedSharesAgentAddedEventName
}

// UnpackAgentAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentAdded(address indexed _agent)
func (permissionedShares *PermissionedShares) UnpackAgentAddedEvent(log *types.Log) (*PermissionedSharesAgentAdded, error) {
	event := "AgentAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesAgentAdded)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesAgentRemoved represents a AgentRemoved event raised by the PermissionedShares contract.
type PermissionedSharesAgentRemoved struct {
	Agent common.Address
	Raw   *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesAgentRemovedEventName = "AgentRemoved"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesAgentRemoved) ContractEventName() string {
	return PermissionedSharesAgentRemovedEventName
}

// UnpackAgentRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentRemoved(address indexed _agent)
func (permissionedShares *PermissionedShares) UnpackAgentRemovedEvent(log *types.Log) (*PermissionedSharesAgentRemoved, error) {
	event := "AgentRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesAgentRemoved)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesApproval represents a Approval event raised by the PermissionedShares contract.
type PermissionedSharesApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesApproval) ContractEventName() string {
	return PermissionedSharesApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (permissionedShares *PermissionedShares) UnpackApprovalEvent(log *types.Log) (*PermissionedSharesApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesApproval)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesIdentityRegistered represents a IdentityRegistered event raised by the PermissionedShares contract.
type PermissionedSharesIdentityRegistered struct {
	InvestorAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesIdentityRegisteredEventName = "IdentityRegistered"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesIdentityRegistered) ContractEventName() string {
	return PermissionedSharesIdentityRegisteredEventName
}

// UnpackIdentityRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistered(address indexed investorAddress)
func (permissionedShares *PermissionedShares) UnpackIdentityRegisteredEvent(log *types.Log) (*PermissionedSharesIdentityRegistered, error) {
	event := "IdentityRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesIdentityRegistered)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesIdentityRemoved represents a IdentityRemoved event raised by the PermissionedShares contract.
type PermissionedSharesIdentityRemoved struct {
	InvestorAddress common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesIdentityRemovedEventName = "IdentityRemoved"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesIdentityRemoved) ContractEventName() string {
	return PermissionedSharesIdentityRemovedEventName
}

// UnpackIdentityRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRemoved(address indexed investorAddress)
func (permissionedShares *PermissionedShares) UnpackIdentityRemovedEvent(log *types.Log) (*PermissionedSharesIdentityRemoved, error) {
	event := "IdentityRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesIdentityRemoved)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesInitialized represents a Initialized event raised by the PermissionedShares contract.
type PermissionedSharesInitialized struct {
	Version uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesInitializedEventName = "Initialized"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesInitialized) ContractEventName() string {
	return PermissionedSharesInitializedEventName
}

// UnpackInitializedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Initialized(uint64 version)
func (permissionedShares *PermissionedShares) UnpackInitializedEvent(log *types.Log) (*PermissionedSharesInitialized, error) {
	event := "Initialized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesInitialized)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesOwnershipTransferred represents a OwnershipTransferred event raised by the PermissionedShares contract.
type PermissionedSharesOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesOwnershipTransferred) ContractEventName() string {
	return PermissionedSharesOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (permissionedShares *PermissionedShares) UnpackOwnershipTransferredEvent(log *types.Log) (*PermissionedSharesOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesPaused represents a Paused event raised by the PermissionedShares contract.
type PermissionedSharesPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesPaused) ContractEventName() string {
	return PermissionedSharesPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (permissionedShares *PermissionedShares) UnpackPausedEvent(log *types.Log) (*PermissionedSharesPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesPaused)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesTransfer represents a Transfer event raised by the PermissionedShares contract.
type PermissionedSharesTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesTransfer) ContractEventName() string {
	return PermissionedSharesTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (permissionedShares *PermissionedShares) UnpackTransferEvent(log *types.Log) (*PermissionedSharesTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesTransfer)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesUnpaused represents a Unpaused event raised by the PermissionedShares contract.
type PermissionedSharesUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesUnpaused) ContractEventName() string {
	return PermissionedSharesUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (permissionedShares *PermissionedShares) UnpackUnpausedEvent(log *types.Log) (*PermissionedSharesUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesUnpaused)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// PermissionedSharesUpgraded represents a Upgraded event raised by the PermissionedShares contract.
type PermissionedSharesUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const PermissionedSharesUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (PermissionedSharesUpgraded) ContractEventName() string {
	return PermissionedSharesUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (permissionedShares *PermissionedShares) UnpackUpgradedEvent(log *types.Log) (*PermissionedSharesUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != permissionedShares.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(PermissionedSharesUpgraded)
	if len(log.Data) > 0 {
		if err := permissionedShares.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range permissionedShares.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (permissionedShares *PermissionedShares) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["AddressEmptyCode"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackAddressEmptyCodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC1967InvalidAdmin"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC1967InvalidAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC1967InvalidImplementation"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC1967InvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC1967NonPayable"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC1967NonPayableError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["Frozen"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["InvalidInitialization"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackInvalidInitializationError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["NotAgent"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackNotAgentError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["NotInitializing"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackNotInitializingError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["NotProxyAdmin"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackNotProxyAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["NotVerified"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["UUPSUnauthorizedCallContext"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackUUPSUnauthorizedCallContextError(raw[4:])
	}
	if bytes.Equal(raw[:4], permissionedShares.abi.Errors["UUPSUnsupportedProxiableUUID"].ID.Bytes()[:4]) {
		return permissionedShares.UnpackUUPSUnsupportedProxiableUUIDError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PermissionedSharesAddressEmptyCode represents a AddressEmptyCode error raised by the PermissionedShares contract.
type PermissionedSharesAddressEmptyCode struct {
	Target common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AddressEmptyCode(address target)
func PermissionedSharesAddressEmptyCodeErrorID() common.Hash {
	return common.HexToHash("0x9996b315c842ff135b8fc4a08ad5df1c344efbc03d2687aecc0678050d2aac89")
}

// UnpackAddressEmptyCodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AddressEmptyCode(address target)
func (permissionedShares *PermissionedShares) UnpackAddressEmptyCodeError(raw []byte) (*PermissionedSharesAddressEmptyCode, error) {
	out := new(PermissionedSharesAddressEmptyCode)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "AddressEmptyCode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC1967InvalidAdmin represents a ERC1967InvalidAdmin error raised by the PermissionedShares contract.
type PermissionedSharesERC1967InvalidAdmin struct {
	Admin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidAdmin(address admin)
func PermissionedSharesERC1967InvalidAdminErrorID() common.Hash {
	return common.HexToHash("0x62e77ba29fe9122a94e84b52c1153f52dc5bd59527150c583cc2afd92259963f")
}

// UnpackERC1967InvalidAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidAdmin(address admin)
func (permissionedShares *PermissionedShares) UnpackERC1967InvalidAdminError(raw []byte) (*PermissionedSharesERC1967InvalidAdmin, error) {
	out := new(PermissionedSharesERC1967InvalidAdmin)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC1967InvalidAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC1967InvalidImplementation represents a ERC1967InvalidImplementation error raised by the PermissionedShares contract.
type PermissionedSharesERC1967InvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func PermissionedSharesERC1967InvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x4c9c8ce3ceb3130f17f7cdba48d89b5b0129f266a8bac114e6e315a41879b617")
}

// UnpackERC1967InvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967InvalidImplementation(address implementation)
func (permissionedShares *PermissionedShares) UnpackERC1967InvalidImplementationError(raw []byte) (*PermissionedSharesERC1967InvalidImplementation, error) {
	out := new(PermissionedSharesERC1967InvalidImplementation)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC1967InvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC1967NonPayable represents a ERC1967NonPayable error raised by the PermissionedShares contract.
type PermissionedSharesERC1967NonPayable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC1967NonPayable()
func PermissionedSharesERC1967NonPayableErrorID() common.Hash {
	return common.HexToHash("0xb398979fa84f543c8e222f17890372c487baf85e062276c127fef521eea7224b")
}

// UnpackERC1967NonPayableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC1967NonPayable()
func (permissionedShares *PermissionedShares) UnpackERC1967NonPayableError(raw []byte) (*PermissionedSharesERC1967NonPayable, error) {
	out := new(PermissionedSharesERC1967NonPayable)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC1967NonPayable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the PermissionedShares contract.
type PermissionedSharesERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func PermissionedSharesERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (permissionedShares *PermissionedShares) UnpackERC20InsufficientAllowanceError(raw []byte) (*PermissionedSharesERC20InsufficientAllowance, error) {
	out := new(PermissionedSharesERC20InsufficientAllowance)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the PermissionedShares contract.
type PermissionedSharesERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func PermissionedSharesERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (permissionedShares *PermissionedShares) UnpackERC20InsufficientBalanceError(raw []byte) (*PermissionedSharesERC20InsufficientBalance, error) {
	out := new(PermissionedSharesERC20InsufficientBalance)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC20InvalidApprover represents a ERC20InvalidApprover error raised by the PermissionedShares contract.
type PermissionedSharesERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func PermissionedSharesERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (permissionedShares *PermissionedShares) UnpackERC20InvalidApproverError(raw []byte) (*PermissionedSharesERC20InvalidApprover, error) {
	out := new(PermissionedSharesERC20InvalidApprover)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the PermissionedShares contract.
type PermissionedSharesERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func PermissionedSharesERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (permissionedShares *PermissionedShares) UnpackERC20InvalidReceiverError(raw []byte) (*PermissionedSharesERC20InvalidReceiver, error) {
	out := new(PermissionedSharesERC20InvalidReceiver)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC20InvalidSender represents a ERC20InvalidSender error raised by the PermissionedShares contract.
type PermissionedSharesERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func PermissionedSharesERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (permissionedShares *PermissionedShares) UnpackERC20InvalidSenderError(raw []byte) (*PermissionedSharesERC20InvalidSender, error) {
	out := new(PermissionedSharesERC20InvalidSender)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesERC20InvalidSpender represents a ERC20InvalidSpender error raised by the PermissionedShares contract.
type PermissionedSharesERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func PermissionedSharesERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (permissionedShares *PermissionedShares) UnpackERC20InvalidSpenderError(raw []byte) (*PermissionedSharesERC20InvalidSpender, error) {
	out := new(PermissionedSharesERC20InvalidSpender)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesEnforcedPause represents a EnforcedPause error raised by the PermissionedShares contract.
type PermissionedSharesEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func PermissionedSharesEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (permissionedShares *PermissionedShares) UnpackEnforcedPauseError(raw []byte) (*PermissionedSharesEnforcedPause, error) {
	out := new(PermissionedSharesEnforcedPause)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesExpectedPause represents a ExpectedPause error raised by the PermissionedShares contract.
type PermissionedSharesExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func PermissionedSharesExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (permissionedShares *PermissionedShares) UnpackExpectedPauseError(raw []byte) (*PermissionedSharesExpectedPause, error) {
	out := new(PermissionedSharesExpectedPause)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesFailedCall represents a FailedCall error raised by the PermissionedShares contract.
type PermissionedSharesFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func PermissionedSharesFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (permissionedShares *PermissionedShares) UnpackFailedCallError(raw []byte) (*PermissionedSharesFailedCall, error) {
	out := new(PermissionedSharesFailedCall)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesFrozen represents a Frozen error raised by the PermissionedShares contract.
type PermissionedSharesFrozen struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Frozen(address account)
func PermissionedSharesFrozenErrorID() common.Hash {
	return common.HexToHash("0x8a5c4736a33c7b7f29a2c34ea9ff9608afc5718d56f6fd6dcbd2d3711a1a4913")
}

// UnpackFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Frozen(address account)
func (permissionedShares *PermissionedShares) UnpackFrozenError(raw []byte) (*PermissionedSharesFrozen, error) {
	out := new(PermissionedSharesFrozen)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "Frozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesInvalidInitialization represents a InvalidInitialization error raised by the PermissionedShares contract.
type PermissionedSharesInvalidInitialization struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidInitialization()
func PermissionedSharesInvalidInitializationErrorID() common.Hash {
	return common.HexToHash("0xf92ee8a957075833165f68c320933b1a1294aafc84ee6e0dd3fb178008f9aaf5")
}

// UnpackInvalidInitializationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidInitialization()
func (permissionedShares *PermissionedShares) UnpackInvalidInitializationError(raw []byte) (*PermissionedSharesInvalidInitialization, error) {
	out := new(PermissionedSharesInvalidInitialization)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "InvalidInitialization", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesNotAgent represents a NotAgent error raised by the PermissionedShares contract.
type PermissionedSharesNotAgent struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgent(address account)
func PermissionedSharesNotAgentErrorID() common.Hash {
	return common.HexToHash("0x52f49c95acd7f35f19a01b97250eb7b297f98d1e0708412f1b99b7cbf275007f")
}

// UnpackNotAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgent(address account)
func (permissionedShares *PermissionedShares) UnpackNotAgentError(raw []byte) (*PermissionedSharesNotAgent, error) {
	out := new(PermissionedSharesNotAgent)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "NotAgent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesNotInitializing represents a NotInitializing error raised by the PermissionedShares contract.
type PermissionedSharesNotInitializing struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInitializing()
func PermissionedSharesNotInitializingErrorID() common.Hash {
	return common.HexToHash("0xd7e6bcf8597daa127dc9f0048d2f08d5ef140a2cb659feabd700beff1f7a8302")
}

// UnpackNotInitializingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInitializing()
func (permissionedShares *PermissionedShares) UnpackNotInitializingError(raw []byte) (*PermissionedSharesNotInitializing, error) {
	out := new(PermissionedSharesNotInitializing)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "NotInitializing", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesNotProxyAdmin represents a NotProxyAdmin error raised by the PermissionedShares contract.
type PermissionedSharesNotProxyAdmin struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotProxyAdmin(address account)
func PermissionedSharesNotProxyAdminErrorID() common.Hash {
	return common.HexToHash("0x673a31a11c5982098baa254245e386015e27f80bc44cecaad5ca1a41801aa040")
}

// UnpackNotProxyAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotProxyAdmin(address account)
func (permissionedShares *PermissionedShares) UnpackNotProxyAdminError(raw []byte) (*PermissionedSharesNotProxyAdmin, error) {
	out := new(PermissionedSharesNotProxyAdmin)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "NotProxyAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesNotVerified represents a NotVerified error raised by the PermissionedShares contract.
type PermissionedSharesNotVerified struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVerified(address account)
func PermissionedSharesNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0xb12c8f9186e31202c7c765e500d829e58c3f7c2ebc3b7d21e4cd8542b2a31442")
}

// UnpackNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVerified(address account)
func (permissionedShares *PermissionedShares) UnpackNotVerifiedError(raw []byte) (*PermissionedSharesNotVerified, error) {
	out := new(PermissionedSharesNotVerified)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "NotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the PermissionedShares contract.
type PermissionedSharesOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func PermissionedSharesOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (permissionedShares *PermissionedShares) UnpackOwnableInvalidOwnerError(raw []byte) (*PermissionedSharesOwnableInvalidOwner, error) {
	out := new(PermissionedSharesOwnableInvalidOwner)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the PermissionedShares contract.
type PermissionedSharesOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func PermissionedSharesOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (permissionedShares *PermissionedShares) UnpackOwnableUnauthorizedAccountError(raw []byte) (*PermissionedSharesOwnableUnauthorizedAccount, error) {
	out := new(PermissionedSharesOwnableUnauthorizedAccount)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesUUPSUnauthorizedCallContext represents a UUPSUnauthorizedCallContext error raised by the PermissionedShares contract.
type PermissionedSharesUUPSUnauthorizedCallContext struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnauthorizedCallContext()
func PermissionedSharesUUPSUnauthorizedCallContextErrorID() common.Hash {
	return common.HexToHash("0xe07c8dba242a06571ac65fe4bbe20522c9fb111cb33599b799ff8039c1ed18f4")
}

// UnpackUUPSUnauthorizedCallContextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnauthorizedCallContext()
func (permissionedShares *PermissionedShares) UnpackUUPSUnauthorizedCallContextError(raw []byte) (*PermissionedSharesUUPSUnauthorizedCallContext, error) {
	out := new(PermissionedSharesUUPSUnauthorizedCallContext)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "UUPSUnauthorizedCallContext", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PermissionedSharesUUPSUnsupportedProxiableUUID represents a UUPSUnsupportedProxiableUUID error raised by the PermissionedShares contract.
type PermissionedSharesUUPSUnsupportedProxiableUUID struct {
	Slot [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func PermissionedSharesUUPSUnsupportedProxiableUUIDErrorID() common.Hash {
	return common.HexToHash("0xaa1d49a4c084bfa9aeeee2a0be65267a7f19ba7e1476b114dac513d2c14cb563")
}

// UnpackUUPSUnsupportedProxiableUUIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UUPSUnsupportedProxiableUUID(bytes32 slot)
func (permissionedShares *PermissionedShares) UnpackUUPSUnsupportedProxiableUUIDError(raw []byte) (*PermissionedSharesUUPSUnsupportedProxiableUUID, error) {
	out := new(PermissionedSharesUUPSUnsupportedProxiableUUID)
	if err := permissionedShares.abi.UnpackIntoInterface(out, "UUPSUnsupportedProxiableUUID", raw); err != nil {
		return nil, err
	}
	return out, nil
}
